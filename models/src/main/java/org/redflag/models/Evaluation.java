package org.redflag.models;

/**
 * The result of an evaluation: how the risk model did, and how the indicator rules did where the
 * corpus annotates indicators.
 *
 * @param method "held-out" or "k-fold cross-validation, grouped"
 * @param model the id of the model evaluated, or the learner's option string in cross-validation
 * @param classifier the risky-class metrics
 * @param indicators the indicator metrics, null when no ad is annotated
 * @param curves the ROC and precision-recall curves of the scores
 */
public record Evaluation(String method, String model, BinaryMetrics classifier, IndicatorMetrics indicators,
                         Curves curves) {
}
