/**
 * The ad store: every stage's output kept by ad id, searchable. {@link org.redflag.index.AdIndex} is the
 * interface, {@code index.lucene} its Apache Lucene implementation. A search is an
 * {@link org.redflag.index.AdQuery} and gives a {@link org.redflag.index.SearchResult}; the links between
 * ads are {@link org.redflag.index.AdCluster}s of near-duplicates (found through
 * {@link org.redflag.index.MinHash}) and {@link org.redflag.index.ContactNetwork}s of shared contacts.
 */
package org.redflag.index;
