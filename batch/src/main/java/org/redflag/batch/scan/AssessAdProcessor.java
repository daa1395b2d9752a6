package org.redflag.batch.scan;

import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.index.AdIndex;
import org.redflag.index.StoredAd;
import org.redflag.nlp.AnalyzedAd;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Analyses (CoreNLP) and scores one pending ad. An ad that cannot be assessed throws, and the step skips it. */
public class AssessAdProcessor implements ItemProcessor<String, ScoredAd> {

    private final AdIndex index;
    private final Redflag redflag;

    /**
     * @param index where the ad is stored
     * @param redflag analyses and scores
     */
    public AssessAdProcessor(AdIndex index, Redflag redflag) {
        this.index = index;
        this.redflag = redflag;
    }

    @Override
    public ScoredAd process(String id) {
        StoredAd stored = index.get(id).orElseThrow(() -> new RedflagException("ad " + id + " vanished from the index"));
        AnalyzedAd analysis = redflag.analyze(stored.ad());
        return new ScoredAd(analysis, redflag.rescore(analysis));
    }
}
