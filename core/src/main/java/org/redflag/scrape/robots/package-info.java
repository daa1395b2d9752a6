/** Politeness: robots.txt through crawler-commons (RFC 9309). */
package org.redflag.scrape.robots;
