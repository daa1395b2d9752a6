package org.redflag.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Quality of risk scores against labels, for the risky class: precision, recall and F1 at a
 * threshold, ROC-AUC, PR-AUC (average precision), the confusion matrix and a calibration table.
 *
 * @param ads how many ads were scored
 * @param threshold the decision threshold
 * @param precision precision of the risky class
 * @param recall recall of the risky class
 * @param f1 F1 of the risky class
 * @param rocAuc area under the ROC curve
 * @param prAuc area under the precision-recall curve (average precision)
 * @param truePositives risky ads classed risky
 * @param falsePositives legitimate ads classed risky
 * @param trueNegatives legitimate ads classed legitimate
 * @param falseNegatives risky ads classed legitimate
 * @param calibration per tenth of the risk range: ads, mean risk, share actually risky (NaN where no ad is in it)
 */
public record BinaryMetrics(int ads, double threshold, double precision, double recall, double f1, double rocAuc,
                            double prAuc, int truePositives, int falsePositives, int trueNegatives, int falseNegatives,
                            List<CalibrationBin> calibration) {

    /**
     * One bin of the calibration table.
     *
     * @param from lower edge of the bin's risk range
     * @param to upper edge
     * @param ads ads whose risk falls in the bin
     * @param meanRisk their mean predicted risk; NaN, undefined, where the bin holds no ad
     * @param riskyShare the share of them that is risky; NaN where the bin holds no ad
     */
    public record CalibrationBin(double from, double to, int ads, double meanRisk, double riskyShare) {
    }

    /**
     * @param scores predicted risks
     * @param risky true labels
     * @param threshold risk at or above which an ad is classed risky
     * @return the metrics
     */
    public static BinaryMetrics of(double[] scores, boolean[] risky, double threshold) {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < scores.length; i++) {
            boolean predicted = scores[i] >= threshold;
            if (predicted && risky[i]) tp++;
            else if (predicted) fp++;
            else if (risky[i]) fn++;
            else tn++;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BinaryMetrics(scores.length, threshold, precision, recall, f1, rocAuc(scores, risky),
                averagePrecision(scores, risky), tp, fp, tn, fn, calibration(scores, risky));
    }

    /**
     * @return the threshold that maximises F1 of the risky class: half-way between the lowest score
     *         that should still be classed risky and the score below it, so that a new ad scoring
     *         close to either is classed as its neighbours were
     */
    public static double bestF1Threshold(double[] scores, boolean[] risky) {
        Integer[] order = order(scores); // ascending
        if (order.length == 0) {
            return 0.5;
        }
        int positives = 0;
        for (boolean r : risky) {
            if (r) positives++;
        }
        // walk the distinct scores from the highest down: at each, the ads scoring at least it are classed risky
        int tp = 0, fp = 0;
        double bestF1 = -1;
        int best = order.length - 1;
        for (int k = order.length - 1; k >= 0; k--) {
            if (risky[order[k]]) tp++;
            else fp++;
            if (k > 0 && scores[order[k - 1]] == scores[order[k]]) {
                continue; // the whole tie goes in at once
            }
            double f1 = 2.0 * tp / (tp + fp + positives);
            if (f1 >= bestF1) {
                bestF1 = f1;
                best = k;
            }
        }
        return best == 0 ? scores[order[0]] : (scores[order[best - 1]] + scores[order[best]]) / 2;
    }

    /** ROC-AUC as the probability that a risky ad outscores a legitimate one (ties count half). */
    static double rocAuc(double[] scores, boolean[] risky) {
        Integer[] order = order(scores);
        double rankSum = 0;
        int positives = 0;
        int i = 0;
        while (i < order.length) {
            int j = i;
            while (j + 1 < order.length && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (risky[order[k]]) {
                    rankSum += rank;
                    positives++;
                }
            }
            i = j + 1;
        }
        int negatives = scores.length - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }

    /** PR-AUC as average precision: the mean of the precision at each risky ad, riskiest first. */
    static double averagePrecision(double[] scores, boolean[] risky) {
        Integer[] order = order(scores);
        int positives = 0;
        for (boolean r : risky) {
            if (r) positives++;
        }
        if (positives == 0) {
            return Double.NaN;
        }
        double sum = 0;
        int tp = 0;
        for (int k = order.length - 1, seen = 0; k >= 0; k--) {
            seen++;
            if (risky[order[k]]) {
                tp++;
                sum += (double) tp / seen;
            }
        }
        return sum / positives;
    }

    private static Integer[] order(double[] scores) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        return order;
    }

    private static List<CalibrationBin> calibration(double[] scores, boolean[] risky) {
        List<CalibrationBin> bins = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            double from = b / 10.0;
            double to = (b + 1) / 10.0;
            int n = 0, r = 0;
            double sum = 0;
            for (int i = 0; i < scores.length; i++) {
                if (scores[i] >= from && (scores[i] < to || (b == 9 && scores[i] <= 1.0))) {
                    n++;
                    sum += scores[i];
                    if (risky[i]) r++;
                }
            }
            bins.add(new CalibrationBin(from, to, n, n == 0 ? Double.NaN : sum / n, n == 0 ? Double.NaN : (double) r / n));
        }
        return bins;
    }
}
