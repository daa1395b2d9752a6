package org.redflag.features;

import java.util.List;
import org.redflag.nlp.AnalyzedAd;

/** Turns an analysed ad into a {@link FeatureVector}. Thread-safe; needs no linguistic pipeline. */
public interface FeatureExtractor {

    /**
     * @param ad an analysed ad
     * @return its features and indicators
     */
    FeatureVector extract(AnalyzedAd ad);

    /** @return the names of the numeric features, in the order every vector lists them */
    List<String> featureNames();
}
