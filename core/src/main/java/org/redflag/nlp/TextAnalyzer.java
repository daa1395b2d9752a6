package org.redflag.nlp;

import org.redflag.ad.JobAd;

/** Analyses the text of a job ad. Implementations are thread-safe and expensive to build: share one. */
public interface TextAnalyzer {

    /**
     * @param ad the ad to analyse
     * @return its tokens, lemmas, tags and sentences
     */
    AnalyzedAd analyze(JobAd ad);

    /** @return a short description of the analyser and its settings, stored with every analysis */
    String name();
}
