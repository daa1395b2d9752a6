package org.redflag.batch.rescore;

import java.util.Optional;
import java.util.function.Supplier;
import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.batch.scan.ScoredAd;
import org.redflag.features.FeatureSnapshot;
import org.redflag.index.AdIndex;
import org.redflag.index.StoredAd;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Scores one analysed ad again, never with the analyser. When the ad's stored features were computed
 * by the current rules and feature code (their fingerprint is {@link Redflag#featureFingerprint()}),
 * only they are read and the model alone scores them; otherwise the features are computed again from
 * the stored analysis, and stored with the new assessment. An ad without a stored analysis throws, and
 * the step skips it. Thread-safe: the step scores the ads of a chunk on several threads.
 */
public class RescoreProcessor implements ItemProcessor<String, ScoredAd>, StepExecutionListener {

    private final AdIndex index;
    private final Supplier<Redflag> redflag;

    /**
     * @param index where the ads are stored
     * @param redflag scores with the new model; loaded when the step starts
     */
    public RescoreProcessor(AdIndex index, Supplier<Redflag> redflag) {
        this.index = index;
        this.redflag = redflag;
    }

    /** Loads the model before the first ad: a model that cannot be loaded fails the step, instead of every ad being skipped. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        redflag.get();
    }

    @Override
    public ScoredAd process(String id) {
        Redflag rescorer = redflag.get();
        Optional<FeatureSnapshot> features = index.storedFeatures(id);
        if (features.isPresent() && features.get().reusableUnder(rescorer.featureFingerprint())) {
            // the rules and feature code are those that computed the stored features: the model alone scores
            return ScoredAd.assessmentOnly(id, rescorer.score(id, features.get().vector()));
        }
        StoredAd stored = index.get(id).orElseThrow(() -> new RedflagException("ad " + id + " vanished from the index"));
        if (stored.analysis() == null) {
            throw new RedflagException("ad " + id + " has no stored analysis to re-score");
        }
        FeatureSnapshot computed = rescorer.featuresOf(stored.analysis());
        return new ScoredAd(id, stored.analysis(), computed, rescorer.score(id, computed.vector()));
    }
}
