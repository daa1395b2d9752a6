/** The {@link org.redflag.index.AdIndex} on Apache Lucene 9. */
package org.redflag.index.lucene;
