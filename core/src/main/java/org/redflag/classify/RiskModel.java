package org.redflag.classify;

import org.redflag.features.FeatureVector;

/** Scores feature vectors. Thread-safe. */
public interface RiskModel {

    /**
     * @param features the ad's features
     * @return the probability that the ad is risky, in [0,1]
     */
    double risk(FeatureVector features);

    /** @return the model's card: what it is, how it was trained, how well it did */
    ModelCard card();
}
