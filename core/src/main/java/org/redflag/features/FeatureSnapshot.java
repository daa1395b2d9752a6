package org.redflag.features;

/**
 * An ad's features as they were computed, with the fingerprint of what computed them
 * ({@link FeatureFingerprint}): what the index keeps so that a new model re-scores without the rules.
 *
 * @param vector the features, as the classifier receives them
 * @param fingerprint what computed them; null when unknown (a detector without a fingerprint), and then never reused
 */
public record FeatureSnapshot(FeatureVector vector, String fingerprint) {

    /**
     * @param current the fingerprint of the rules and feature code at hand, null when unknown
     * @return true when these features are what the current rules would compute again
     */
    public boolean reusableUnder(String current) {
        return fingerprint != null && fingerprint.equals(current);
    }
}
