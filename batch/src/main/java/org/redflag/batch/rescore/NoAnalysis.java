package org.redflag.batch.rescore;

import org.redflag.ad.JobAd;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.TextAnalyzer;

/**
 * The analyser of the rescore job: there is none. Re-scoring works from stored analyses; a call to
 * analyse is a bug, and fails the job instead of quietly loading CoreNLP.
 */
final class NoAnalysis implements TextAnalyzer {

    @Override
    public AnalyzedAd analyze(JobAd ad) {
        throw new IllegalStateException("the rescore job never analyses an ad (asked to analyse " + ad.id() + ")");
    }

    @Override
    public String name() {
        return "none (rescore)";
    }
}
