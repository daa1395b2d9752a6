package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.IndicatorMatch;
import org.redflag.features.tokensregex.TokensRegexIndicatorDetector;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

/**
 * The indicator detector tries a rule only on the sentences that hold the tokens the rule requires.
 * On every ad of the team's corpus it must find exactly what trying every rule on every sentence
 * finds: the same codes, with the same evidence spans, in the same order.
 */
class IndicatorTriggersEquivalenceTest {

    @Test
    void theTriggerFilterFindsWhatEveryRuleOnEverySentenceFinds() {
        List<LabelledAd> corpus = CorpusReaders.readBundled();
        CoreNlpTextAnalyzer analyzer = CoreNlpTextAnalyzer.withDefaults();
        TokensRegexIndicatorDetector filtered = TokensRegexIndicatorDetector.withDefaultRules();
        TokensRegexIndicatorDetector everywhere = TokensRegexIndicatorDetector.withDefaultRulesUnfiltered();
        List<String> differences = new ArrayList<>();
        int evidence = 0;
        for (LabelledAd labelled : corpus) {
            AnalyzedAd ad = analyzer.analyze(labelled.ad());
            List<IndicatorMatch> expected = everywhere.detect(ad);
            List<IndicatorMatch> actual = filtered.detect(ad);
            if (!actual.equals(expected)) {
                differences.add(labelled.ad().id() + ": expected " + expected + " but found " + actual);
            }
            evidence += expected.stream().mapToInt(m -> m.evidence().size()).sum();
        }
        System.out.printf("indicator triggers: %d ads, %d evidence spans, %d ads differ%n", corpus.size(), evidence,
                differences.size());
        assertThat(corpus).hasSizeGreaterThan(500);
        assertThat(evidence).as("evidence spans found in the corpus").isPositive();
        assertThat(differences).isEmpty();
    }
}
