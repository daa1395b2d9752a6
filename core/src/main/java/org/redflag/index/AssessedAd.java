package org.redflag.index;

import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;

/**
 * An analysed ad with its assessment and without its analysis: what a report lists of each ad.
 *
 * @param ad the ad
 * @param assessment its latest assessment
 */
public record AssessedAd(JobAd ad, RiskAssessment assessment) {
}
