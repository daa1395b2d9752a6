package org.redflag.models;

/**
 * The result of an evaluation: how the risk model did, and how the indicator rules did where the
 * corpus annotates indicators.
 *
 * @param method "held-out", "not held out: ..." when some ads were among the model's training ads, or "k-fold
 *     cross-validation, grouped"
 * @param model the id of the model evaluated, or the learner's option string in cross-validation
 * @param classifier the risky-class metrics
 * @param indicators the indicator metrics, null when no ad is annotated
 * @param curves the ROC and precision-recall curves of the scores
 * @param seenInTraining how many of the ads the model was trained on (the same text); 0 in cross-validation
 */
public record Evaluation(String method, String model, BinaryMetrics classifier, IndicatorMetrics indicators,
                         Curves curves, int seenInTraining) {

    /** An evaluation on ads the model never saw: held-out ads, or cross-validation's out-of-fold ones. */
    public Evaluation(String method, String model, BinaryMetrics classifier, IndicatorMetrics indicators, Curves curves) {
        this(method, model, classifier, indicators, curves, 0);
    }
}
