/**
 * The labelled job-ad corpus: its records, and streaming readers for its JSON Lines format and for
 * the EMSCAD ({@code fake_job_postings.csv}) format. {@link org.redflag.corpus.CorpusReaders#open}
 * picks the reader by extension or header.
 */
package org.redflag.corpus;
