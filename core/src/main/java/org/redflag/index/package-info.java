/**
 * The ad store: every stage's output kept by ad id, searchable. {@link org.redflag.index.AdIndex} is the
 * interface, {@code index.lucene} its Apache Lucene implementation.
 */
package org.redflag.index;
