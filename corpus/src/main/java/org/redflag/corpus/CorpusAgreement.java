package org.redflag.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redflag.features.Indicator;

/**
 * How far two annotators agree on the same ads: Cohen's kappa for the label, and for each indicator
 * on whether the ad shows it. Ads are matched by id; ads only one annotator labelled are left out.
 *
 * @param ads how many ads both annotated
 * @param labelAgreement the share of ads given the same label
 * @param labelKappa Cohen's kappa of the label; NaN, undefined, where both annotators gave every ad one and the same label
 * @param indicators per indicator code: how many ads each annotator marked and the kappa
 */
public record CorpusAgreement(int ads, double labelAgreement, double labelKappa, Map<String, IndicatorAgreement> indicators) {

    /**
     * Agreement on one indicator.
     *
     * @param first ads the first annotator marked with it
     * @param second ads the second annotator marked with it
     * @param both ads both marked with it
     * @param kappa Cohen's kappa of marked or not; NaN, undefined, where neither annotator ever marked it or both
     *     marked every ad
     */
    public record IndicatorAgreement(int first, int second, int both, double kappa) {
    }

    /**
     * @param first the first annotator's ads
     * @param second the second annotator's ads of the same ids
     * @return the agreement on the ads both annotated
     */
    public static CorpusAgreement of(List<LabelledAd> first, List<LabelledAd> second) {
        Map<String, LabelledAd> byId = new HashMap<>();
        second.forEach(a -> byId.put(a.ad().id(), a));
        List<LabelledAd[]> pairs = new ArrayList<>();
        for (LabelledAd a : first) {
            LabelledAd b = byId.get(a.ad().id());
            if (b != null) {
                pairs.add(new LabelledAd[] {a, b});
            }
        }
        int n = pairs.size();
        int[][] labels = new int[Label.values().length][Label.values().length];
        for (LabelledAd[] p : pairs) {
            labels[p[0].label().ordinal()][p[1].label().ordinal()]++;
        }
        Map<String, IndicatorAgreement> indicators = new LinkedHashMap<>();
        for (Indicator i : Indicator.values()) {
            int[][] table = new int[2][2];
            for (LabelledAd[] p : pairs) {
                table[p[0].indicators().contains(i.name()) ? 1 : 0][p[1].indicators().contains(i.name()) ? 1 : 0]++;
            }
            indicators.put(i.name(), new IndicatorAgreement(table[1][0] + table[1][1], table[0][1] + table[1][1], table[1][1],
                    kappa(table)));
        }
        int same = 0;
        for (int k = 0; k < labels.length; k++) {
            same += labels[k][k];
        }
        return new CorpusAgreement(n, n == 0 ? Double.NaN : (double) same / n, kappa(labels), indicators);
    }

    /** Cohen's kappa of a square contingency table (rows: first annotator, columns: second). */
    static double kappa(int[][] table) {
        double n = 0, observed = 0;
        double[] rows = new double[table.length];
        double[] cols = new double[table.length];
        for (int r = 0; r < table.length; r++) {
            for (int c = 0; c < table.length; c++) {
                n += table[r][c];
                rows[r] += table[r][c];
                cols[c] += table[r][c];
            }
            observed += table[r][r];
        }
        if (n == 0) {
            return Double.NaN;
        }
        double expected = 0;
        for (int k = 0; k < table.length; k++) {
            expected += rows[k] * cols[k] / (n * n);
        }
        return expected == 1 ? Double.NaN : (observed / n - expected) / (1 - expected);
    }
}
