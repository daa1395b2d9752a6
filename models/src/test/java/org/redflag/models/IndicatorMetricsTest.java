package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.corpus.Label;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.FeatureVector;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.Span;

class IndicatorMetricsTest {

    private static final String DESCRIPTION = "Fee of 300 USD. Your passport stays with the boss. Pay is held until the end.";

    private static Span span(String text) {
        int at = DESCRIPTION.indexOf(text);
        return new Span(JobAd.Field.DESCRIPTION, at, at + text.length(), text);
    }

    private static FeaturizedAd ad(List<IndicatorMatch> found) {
        LabelledAd gold = new LabelledAd(JobAd.builder().id("a").description(DESCRIPTION).build(), Label.EXPLOITATIVE,
                List.of("RECRUITMENT_FEE", "DOCUMENT_RETENTION", "WAGE_WITHHOLDING"),
                List.of(new LabelledAd.Evidence("RECRUITMENT_FEE", "Fee of 300 USD"),
                        new LabelledAd.Evidence("DOCUMENT_RETENTION", "passport stays with the boss"),
                        new LabelledAd.Evidence("WAGE_WITHHOLDING", "Pay is held until the end")),
                true, "", "test:1");
        return new FeaturizedAd(gold, new FeatureVector("", Map.of(), found));
    }

    @Test
    void theFindsOfTheRulesAndOfTheModelAreScoredApartWithWhereTheirEvidencePoints() {
        IndicatorMetrics m = IndicatorMetrics.of(List.of(ad(List.of(
                new IndicatorMatch(Indicator.RECRUITMENT_FEE, List.of(span("Fee of 300"))),
                new IndicatorMatch(Indicator.URGENCY, List.of(span("Pay is held"))),
                new IndicatorMatch(Indicator.DOCUMENT_RETENTION, List.of(span("Your passport")), IndicatorMatch.Source.MODEL),
                new IndicatorMatch(Indicator.WAGE_WITHHOLDING, List.of(span("Fee of 300 USD")), IndicatorMatch.Source.MODEL)))));
        IndicatorMetrics.SourceScore rules = m.bySource().get(IndicatorMatch.Source.RULE);
        assertThat(rules.finds()).isEqualTo(2);
        assertThat(rules.precision()).as("URGENCY is not annotated").isEqualTo(0.5);
        assertThat(rules.onAnnotatedWords()).isEqualTo(1.0);
        IndicatorMetrics.SourceScore model = m.bySource().get(IndicatorMatch.Source.MODEL);
        assertThat(model.finds()).isEqualTo(2);
        assertThat(model.precision()).isEqualTo(1.0);
        assertThat(model.onAnnotatedWords()).as("the withheld wages' evidence points at the fee").isEqualTo(0.5);
    }

    @Test
    void aCodesPrecisionComesWithTheFindsItRestsOnAndItsInterval() {
        IndicatorMetrics m = IndicatorMetrics.of(List.of(ad(List.of(
                new IndicatorMatch(Indicator.RECRUITMENT_FEE, List.of(span("Fee of 300"))),
                new IndicatorMatch(Indicator.URGENCY, List.of(span("Pay is held")))))));
        IndicatorMetrics.CodeScore fee = m.perCode().get("RECRUITMENT_FEE");
        assertThat(fee.finds()).isEqualTo(1);
        assertThat(fee.precisionInterval()).isEqualTo(WilsonInterval.of(1, 1));
        IndicatorMetrics.CodeScore urgency = m.perCode().get("URGENCY");
        assertThat(urgency.finds()).isEqualTo(1);
        assertThat(urgency.precision()).isZero();
        assertThat(urgency.precisionInterval().high()).as("one wrong find leaves the precision wide open").isGreaterThan(0.7);
        IndicatorMetrics.CodeScore retention = m.perCode().get("DOCUMENT_RETENTION");
        assertThat(retention.finds()).isZero();
        assertThat(retention.precisionInterval()).isEqualTo(new WilsonInterval(0, 1));
    }
}
