package org.redflag.features;

import java.util.List;
import java.util.Map;

/**
 * What a classifier sees of one ad: its lemmatised text, named numeric features, and the
 * indicators with their evidence (handed through to the assessment unchanged).
 *
 * @param text the ad's lemmas, lower-cased, space-separated
 * @param values named numeric features, in {@link FeatureExtractor#featureNames()} order
 * @param indicators the indicators found, with evidence
 */
public record FeatureVector(String text, Map<String, Double> values, List<IndicatorMatch> indicators) {

    public FeatureVector {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
        indicators = List.copyOf(indicators);
    }
}
