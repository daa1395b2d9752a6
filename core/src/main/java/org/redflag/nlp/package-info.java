/**
 * Linguistic analysis of job ads: {@link org.redflag.nlp.TextAnalyzer} turns a
 * {@link org.redflag.ad.JobAd} into an {@link org.redflag.nlp.AnalyzedAd} (tokens, lemmas, tags, sentences)
 * that later stages re-use without running the analyser again.
 */
package org.redflag.nlp;
