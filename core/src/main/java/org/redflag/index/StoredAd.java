package org.redflag.index;

import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.nlp.AnalyzedAd;

/**
 * An ad as the index keeps it.
 *
 * @param ad the ad
 * @param contentHash SHA-256 of the ad's content: an unchanged hash means nothing to re-analyse
 * @param analysis its analysis, null while it waits for one
 * @param assessment its latest assessment, null while it waits for one
 */
public record StoredAd(JobAd ad, String contentHash, AnalyzedAd analysis, RiskAssessment assessment) {

    /** @return true when the ad still waits for analysis and scoring */
    public boolean pending() {
        return assessment == null;
    }
}
