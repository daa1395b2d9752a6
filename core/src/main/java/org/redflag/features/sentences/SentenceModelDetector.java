package org.redflag.features.sentences;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * rule knows yet. Thread-safe.
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
        List<IndicatorMatch> found = new ArrayList<>(rules.detect(ad));
        Set<Indicator> missing = EnumSet.noneOf(Indicator.class);
        missing.addAll(model.scorers().keySet());
        found.forEach(m -> missing.remove(m.indicator()));
        if (missing.isEmpty()) {
            return found;
        }
        Map<Indicator, Scored> best = new EnumMap<>(Indicator.class);
        for (Span passage : Passages.ofDescription(ad)) {
            SparseVector vector = model.vector(passage.text());
            for (Indicator indicator : missing) {
                IndicatorSentenceModel.IndicatorScorer scorer = model.scorers().get(indicator);
                double p = scorer.probability(vector);
                if (p >= scorer.threshold() && (!best.containsKey(indicator) || p > best.get(indicator).probability())) {
                    best.put(indicator, new Scored(passage, p));
                }
            }
        }
        best.forEach((indicator, scored) -> {
            Span passage = scored.passage();
            Span evidence = Highlight.of(passage, model.wordShares(passage.text(), indicator));
            found.add(new IndicatorMatch(indicator, List.of(evidence), IndicatorMatch.Source.MODEL));
        });
        found.sort(Comparator.comparing(IndicatorMatch::indicator));
        return found;
    }
}
