/**
 * The demo job board: static pages built from corpus ads in two layouts (one with schema.org
 * JobPosting JSON-LD, one without), with the clutter of real boards, served on loopback.
 */
package org.redflag.corpus.demo;
