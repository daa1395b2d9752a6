package org.redflag.features.sentences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorDetector;
import org.redflag.features.IndicatorMatch;
import org.redflag.features.tokensregex.TokensRegexIndicatorDetector;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;

/**
 * The rules first, then the sentence model for the indicators the rules did not find: where a passage of the ad's
 * description scores at or above an indicator's threshold, the indicator is found and the passage that scores highest is
 * its evidence. The model reads the description alone because that is what it was trained and its thresholds chosen on
 * (the corpus's evidence lies there); scoring more fields, such as a company profile, would find more than the thresholds
 * allow for. The rules keep their exact spans and read every field; the model only adds what they missed, in wording no
 * rule knows yet.
 *
 * <p>Where the model has a veto for an indicator, a find of the rules whose evidence lies all in the description is dropped
 * when no passage of the description scores at the veto or more: the words a rule matched are there, but the model, which
 * reads their context, sees nothing like the indicator ("our client keeps the passports of its guests in the safe" to a
 * passport-retention rule). Evidence in another field stands, since the model does not read it. Thread-safe.
 */
public final class SentenceModelDetector implements IndicatorDetector {

    private final IndicatorDetector rules;
    private final IndicatorSentenceModel model;

    /**
     * @param rules the detector that runs first
     * @param model adds the indicators it finds and the rules did not
     */
    public SentenceModelDetector(IndicatorDetector rules, IndicatorSentenceModel model) {
        this.rules = rules;
        this.model = model;
    }

    /**
     * @param rulesDir a folder of indicator rules that replace the shipped ones file by file, or null for the shipped rules
     * @param sentenceModel an indicator-sentence model file, or null for the shipped model
     * @return Redflag's detection with those rules and that model
     * @throws org.redflag.RedflagException when the folder or the file cannot be read
     */
    public static SentenceModelDetector of(Path rulesDir, Path sentenceModel) {
        return new SentenceModelDetector(
                rulesDir == null ? TokensRegexIndicatorDetector.withDefaultRules() : TokensRegexIndicatorDetector.withRulesFrom(rulesDir),
                sentenceModel == null ? IndicatorSentenceModel.shipped() : IndicatorSentenceModel.read(sentenceModel));
    }

    /** A passage and the probability the model gives it. */
    private record Scored(Span passage, double probability) {
    }

    @Override
    public List<IndicatorMatch> detect(AnalyzedAd ad) {
        List<IndicatorMatch> ruled = rules.detect(ad);
        Set<Indicator> scored = EnumSet.noneOf(Indicator.class);
        scored.addAll(model.scorers().keySet());
        ruled.stream().filter(m -> !vetoable(m)).forEach(m -> scored.remove(m.indicator()));
        if (scored.isEmpty()) {
            return ruled;
        }
        Map<Indicator, Scored> best = new EnumMap<>(Indicator.class);
        for (Span passage : Passages.ofDescription(ad)) {
            SparseVector vector = model.vector(passage.text());
            for (Indicator indicator : scored) {
                double p = model.scorers().get(indicator).probability(vector);
                if (!best.containsKey(indicator) || p > best.get(indicator).probability()) {
                    best.put(indicator, new Scored(passage, p));
                }
            }
        }
        List<IndicatorMatch> found = new ArrayList<>();
        for (IndicatorMatch m : ruled) {
            if (!vetoable(m) || !best.containsKey(m.indicator())
                    || best.get(m.indicator()).probability() >= model.scorers().get(m.indicator()).veto()) {
                found.add(m);
                scored.remove(m.indicator());
            }
        }
        for (Indicator indicator : scored) {
            Scored highest = best.get(indicator);
            if (highest != null && highest.probability() >= model.scorers().get(indicator).threshold()) {
                Span passage = highest.passage();
                Span evidence = Highlight.of(passage, model.wordShares(passage.text(), indicator));
                found.add(new IndicatorMatch(indicator, List.of(evidence), IndicatorMatch.Source.MODEL));
            }
        }
        found.sort(Comparator.comparing(IndicatorMatch::indicator));
        return found;
    }

    /** Whether the model may veto a find: one of the rules', of an indicator with a veto, all of its evidence in the description. */
    private boolean vetoable(IndicatorMatch m) {
        IndicatorSentenceModel.IndicatorScorer scorer = model.scorers().get(m.indicator());
        return scorer != null && scorer.veto() > 0 && m.source() == IndicatorMatch.Source.RULE
                && m.evidence().stream().allMatch(e -> e.field() == JobAd.Field.DESCRIPTION);
    }
}
