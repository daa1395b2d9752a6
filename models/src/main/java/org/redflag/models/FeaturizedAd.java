package org.redflag.models;

import org.redflag.corpus.LabelledAd;
import org.redflag.features.FeatureVector;

/**
 * A labelled ad with its features: analysis done once, re-used by every fold and learner.
 *
 * @param ad the labelled ad
 * @param features its features
 */
public record FeaturizedAd(LabelledAd ad, FeatureVector features) {

    /** @return true when the ad's label is exploitative or fraudulent */
    public boolean risky() {
        return ad.label().isRisky();
    }
}
