package org.redflag.models;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redflag.ad.JobAd;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.Span;

/**
 * Ad-level quality of indicator detection against annotations: for each code, an ad counts as a
 * true positive when both the annotation and the detector name the code. A measure with nothing to rest on is NaN, not
 * 0: a precision where nothing was found, a recall where nothing was annotated, an F1 where either is NaN.
 *
 * @param ads how many annotated ads were compared
 * @param microPrecision precision over all codes together; NaN where no code was found
 * @param microRecall recall over all codes together; NaN where no code was annotated
 * @param microF1 F1 over all codes together; NaN where either of them is
 * @param perCode the scores of each code
 * @param bySource how the finds of the rules and of the indicator-sentence model each fare
 */
public record IndicatorMetrics(int ads, double microPrecision, double microRecall, double microF1,
                               Map<String, CodeScore> perCode, Map<IndicatorMatch.Source, SourceScore> bySource) {

    /**
     * Scores of one code.
     *
     * @param precision precision; NaN where the code was never found
     * @param recall recall; NaN where no ad was annotated with the code
     * @param f1 F1; NaN where the precision or the recall is
     * @param support ads annotated with the code
     * @param finds ads the code was found in, which the precision rests on
     * @param precisionInterval the 95 % interval of the precision: wide where the code was found in few ads, 0 to 1 where
     *     it was found in none
     */
    public record CodeScore(double precision, double recall, double f1, int support, int finds,
                            WilsonInterval precisionInterval) {
    }

    /**
     * How the finds of one source fare.
     *
     * @param finds the codes it found, counted once per ad
     * @param precision the share of them the annotation names too; NaN where it found none
     * @param onAnnotatedWords of those right finds with evidence in the description, the share whose evidence overlaps
     *     the evidence annotated for the code: whether the words highlighted are the ones a person marked; NaN where
     *     there is no such find
     */
    public record SourceScore(int finds, double precision, double onAnnotatedWords) {
    }

    /**
     * @param ads featurized ads; only those whose corpus annotates indicators count
     * @return the metrics, or null when no ad is annotated
     */
    public static IndicatorMetrics of(List<FeaturizedAd> ads) {
        Map<Indicator, int[]> counts = new EnumMap<>(Indicator.class); // tp, fp, fn
        for (Indicator i : Indicator.values()) {
            counts.put(i, new int[3]);
        }
        Map<IndicatorMatch.Source, int[]> sources = new EnumMap<>(IndicatorMatch.Source.class); // finds, right, checked, on words
        for (IndicatorMatch.Source s : IndicatorMatch.Source.values()) {
            sources.put(s, new int[4]);
        }
        int n = 0;
        for (FeaturizedAd a : ads) {
            if (!a.ad().annotated()) {
                continue;
            }
            n++;
            Set<String> gold = Set.copyOf(a.ad().indicators());
            Set<String> found = a.features().indicators().stream().map(IndicatorMatch::indicator).map(Enum::name)
                    .collect(Collectors.toSet());
            for (Indicator i : Indicator.values()) {
                boolean g = gold.contains(i.name());
                boolean f = found.contains(i.name());
                int[] c = counts.get(i);
                if (g && f) c[0]++;
                else if (f) c[1]++;
                else if (g) c[2]++;
            }
            for (IndicatorMatch m : a.features().indicators()) {
                int[] c = sources.get(m.source());
                c[0]++;
                if (gold.contains(m.indicator().name())) {
                    c[1]++;
                    List<Span> described = m.evidence().stream().filter(s -> s.field() == JobAd.Field.DESCRIPTION).toList();
                    if (!described.isEmpty()) {
                        c[2]++;
                        if (onAnnotatedWords(described, a.ad(), m.indicator())) {
                            c[3]++;
                        }
                    }
                }
            }
        }
        if (n == 0) {
            return null;
        }
        int tp = 0, fp = 0, fn = 0;
        Map<String, CodeScore> perCode = new LinkedHashMap<>();
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            tp += c[0];
            fp += c[1];
            fn += c[2];
            perCode.put(e.getKey().name(), score(c[0], c[1], c[2]));
        }
        CodeScore micro = score(tp, fp, fn);
        Map<IndicatorMatch.Source, SourceScore> bySource = new EnumMap<>(IndicatorMatch.Source.class);
        sources.forEach((source, c) -> bySource.put(source,
                new SourceScore(c[0], share(c[1], c[0]), share(c[3], c[2]))));
        return new IndicatorMetrics(n, micro.precision(), micro.recall(), micro.f1(), perCode, bySource);
    }

    /** Whether a span overlaps a place in the description where the annotation's evidence of the code stands. */
    private static boolean onAnnotatedWords(List<Span> found, LabelledAd ad, Indicator indicator) {
        return ad.placedEvidence().stream().filter(e -> e.indicator().equals(indicator.name()))
                .anyMatch(e -> found.stream().anyMatch(e.span()::overlaps));
    }

    private static CodeScore score(int tp, int fp, int fn) {
        double p = share(tp, tp + fp);
        double r = share(tp, tp + fn);
        double f = Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : p + r == 0 ? 0 : 2 * p * r / (p + r);
        return new CodeScore(p, r, f, tp + fn, tp + fp, WilsonInterval.of(tp, tp + fp));
    }

    /** @return part / whole, or NaN, undefined, where whole is 0 */
    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
