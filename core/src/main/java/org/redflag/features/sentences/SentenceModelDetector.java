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
 * <p>Where the model has a veto for an indicator, the rules' finds of it whose evidence lies all in the description are
 * dropped when no passage of the description scores at the veto or more: the words a rule matched are there, but the model,
 * which reads their context, sees nothing like the indicator ("our client keeps the passports of its guests in the safe" to
 * a passport-retention rule). A find with evidence in another field stands, and with it the indicator, since the model does
 * not read that field. Thread-safe.
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
        Set<Indicator> standing = EnumSet.noneOf(Indicator.class);
        Set<Indicator> questioned = EnumSet.noneOf(Indicator.class);
        for (IndicatorMatch m : ruled) {
            IndicatorSentenceModel.IndicatorScorer scorer = model.scorers().get(m.indicator());
            (scorer != null && scorer.veto() > 0 && byWordsOfTheDescription(m) ? questioned : standing).add(m.indicator());
        }
        questioned.removeAll(standing);
        Set<Indicator> scored = EnumSet.noneOf(Indicator.class);
        scored.addAll(model.scorers().keySet());
        scored.removeAll(standing);
        if (scored.isEmpty()) {
            return ruled;
        }
        Map<Indicator, Scored> best = highest(ad, scored);
        List<IndicatorMatch> found = new ArrayList<>();
        for (IndicatorMatch m : ruled) {
            Indicator indicator = m.indicator();
            if (!questioned.contains(indicator)
                    || (best.containsKey(indicator) && best.get(indicator).probability() >= model.scorers().get(indicator).veto())) {
                found.add(m);
            }
        }
        scored.removeAll(questioned);
        best.forEach((indicator, top) -> {
            if (scored.contains(indicator) && top.probability() >= model.scorers().get(indicator).threshold()) {
                Span evidence = Highlight.of(top.passage(), model.wordShares(top.passage().text(), indicator));
                found.add(new IndicatorMatch(indicator, List.of(evidence), IndicatorMatch.Source.MODEL));
            }
        });
        found.sort(Comparator.comparing(IndicatorMatch::indicator));
        return found;
    }

    /** The passage of the description that scores highest for each indicator, where it has passages. */
    private Map<Indicator, Scored> highest(AnalyzedAd ad, Set<Indicator> indicators) {
        Map<Indicator, Scored> best = new EnumMap<>(Indicator.class);
        for (Span passage : Passages.ofDescription(ad)) {
            SparseVector vector = model.vector(passage.text());
            for (Indicator indicator : indicators) {
                double p = model.scorers().get(indicator).probability(vector);
                if (!best.containsKey(indicator) || p > best.get(indicator).probability()) {
                    best.put(indicator, new Scored(passage, p));
                }
            }
        }
        return best;
    }

    /**
     * @param m a find
     * @return whether a rule found it by words of the description alone: the finds a veto may drop
     */
    public static boolean byWordsOfTheDescription(IndicatorMatch m) {
        return m.source() == IndicatorMatch.Source.RULE && m.evidence().stream().allMatch(e -> e.field() == JobAd.Field.DESCRIPTION);
    }
}
