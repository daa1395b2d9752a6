package org.redflag.classify;

/** The coarse risk of an ad, for people to sort and filter by. */
public enum RiskLevel {
    /** Below the model's medium threshold. */
    LOW,
    /** At or above the medium threshold, below the high threshold. */
    MEDIUM,
    /** At or above the model's decision threshold: the ad is classed as risky. */
    HIGH;

    /**
     * @param risk a risk in [0,1]
     * @param card the card whose thresholds apply
     * @return the level of that risk
     */
    public static RiskLevel of(double risk, ModelCard card) {
        if (risk >= card.highThreshold()) {
            return HIGH;
        }
        return risk >= card.mediumThreshold() ? MEDIUM : LOW;
    }
}
