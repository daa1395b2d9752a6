package org.redflag.batch.scan;

import org.redflag.classify.RiskAssessment;
import org.redflag.features.FeatureSnapshot;
import org.redflag.nlp.AnalyzedAd;

/**
 * An ad after the analyse-and-score step, or after a re-scoring.
 *
 * @param adId the ad's id
 * @param analysis its analysis; null when only the assessment changed (a re-scoring that reused the stored features)
 * @param features the features it was scored from, with their fingerprint; null when unchanged or unknown
 * @param assessment its assessment
 */
public record ScoredAd(String adId, AnalyzedAd analysis, FeatureSnapshot features, RiskAssessment assessment) {

    /**
     * @param adId the ad's id
     * @param assessment its new assessment, scored from the features stored with it
     * @return the ad, to write back its assessment alone
     */
    public static ScoredAd assessmentOnly(String adId, RiskAssessment assessment) {
        return new ScoredAd(adId, null, null, assessment);
    }
}
