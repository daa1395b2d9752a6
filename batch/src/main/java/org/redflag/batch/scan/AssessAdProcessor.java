package org.redflag.batch.scan;

import java.util.function.Supplier;
import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.features.FeatureSnapshot;
import org.redflag.index.AdIndex;
import org.redflag.index.StoredAd;
import org.redflag.nlp.AnalyzedAd;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Analyses (CoreNLP) and scores one pending ad. An ad that cannot be assessed throws, and the step skips it. */
public class AssessAdProcessor implements ItemProcessor<String, ScoredAd> {

    private final AdIndex index;
    private final Supplier<Redflag> redflag;
    private final ScanMetrics metrics;

    /**
     * @param index where the ad is stored
     * @param redflag analyses and scores; asked for at the first ad (CoreNLP loads then)
     * @param metrics times each ad's analysis
     */
    public AssessAdProcessor(AdIndex index, Supplier<Redflag> redflag, ScanMetrics metrics) {
        this.index = index;
        this.redflag = redflag;
        this.metrics = metrics;
    }

    @Override
    public ScoredAd process(String id) {
        StoredAd stored = index.get(id).orElseThrow(() -> new RedflagException("ad " + id + " vanished from the index"));
        return metrics.timeAnalysis(() -> {
            Redflag assessor = redflag.get();
            AnalyzedAd analysis = assessor.analyze(stored.ad());
            FeatureSnapshot features = assessor.featuresOf(analysis);
            return new ScoredAd(id, analysis, features, assessor.score(id, features.vector()));
        });
    }
}
