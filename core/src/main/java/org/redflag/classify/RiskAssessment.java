package org.redflag.classify;

import java.util.List;
import org.redflag.features.IndicatorMatch;

/**
 * Redflag's verdict on one ad: how risky, why (the indicators with their evidence), and by which model.
 *
 * @param adId the ad's id
 * @param risk the probability that the ad is risky (exploitative or fraudulent), in [0,1]
 * @param level the risk's level under the model's thresholds
 * @param indicators the indicators found, each with its evidence spans
 * @param model the id of the model that scored the ad
 */
public record RiskAssessment(String adId, double risk, RiskLevel level, List<IndicatorMatch> indicators, String model) {

    public RiskAssessment {
        if (!(risk >= 0.0 && risk <= 1.0)) {
            throw new IllegalArgumentException("risk must lie in [0,1], was " + risk);
        }
        indicators = List.copyOf(indicators);
    }
}
