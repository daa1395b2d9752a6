package org.redflag.models;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The ROC and precision-recall curves of risk scores against labels, one point per distinct score
 * taken as the threshold, riskiest first.
 *
 * @param roc false-positive rate (x) against true-positive rate (y), from (0,0) to (1,1)
 * @param precisionRecall recall (x) against precision (y)
 */
public record Curves(List<Point> roc, List<Point> precisionRecall) {

    /**
     * One point of a curve.
     *
     * @param x the horizontal coordinate, in [0,1]
     * @param y the vertical coordinate, in [0,1]
     */
    public record Point(double x, double y) {
    }

    public Curves {
        roc = List.copyOf(roc);
        precisionRecall = List.copyOf(precisionRecall);
    }

    /**
     * @param scores predicted risks
     * @param risky true labels
     * @return both curves; empty when one class is missing
     */
    public static Curves of(double[] scores, boolean[] risky) {
        int positives = 0;
        for (boolean r : risky) {
            if (r) positives++;
        }
        int negatives = risky.length - positives;
        if (positives == 0 || negatives == 0) {
            return new Curves(List.of(), List.of());
        }
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
        List<Point> roc = new ArrayList<>(List.of(new Point(0, 0)));
        List<Point> pr = new ArrayList<>();
        int tp = 0, fp = 0;
        for (int k = 0; k < order.length; k++) {
            if (risky[order[k]]) tp++;
            else fp++;
            boolean lastOfTie = k + 1 == order.length || scores[order[k + 1]] != scores[order[k]];
            if (lastOfTie) {
                roc.add(new Point((double) fp / negatives, (double) tp / positives));
                pr.add(new Point((double) tp / positives, (double) tp / (tp + fp)));
            }
        }
        return new Curves(roc, pr);
    }
}
