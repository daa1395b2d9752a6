package org.redflag.features.tokensregex;

import java.util.List;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

/** The shipped indicator rules run on one sentence, the way the rule tests need them: analysed once per JVM, shared. */
final class ShippedRules {

    static final CoreNlpTextAnalyzer ANALYZER = CoreNlpTextAnalyzer.withDefaults();
    static final TokensRegexIndicatorDetector DETECTOR = TokensRegexIndicatorDetector.withDefaultRules();

    private ShippedRules() {
    }

    /** @return what the shipped rules find in an ad whose description is the sentence */
    static List<IndicatorMatch> detect(String description) {
        return DETECTOR.detect(ANALYZER.analyze(JobAd.builder().id("t").title("Helper").description(description).build()));
    }

    /** @return the codes the shipped rules find in an ad whose description is the sentence */
    static List<Indicator> codes(String description) {
        return detect(description).stream().map(IndicatorMatch::indicator).toList();
    }
}
