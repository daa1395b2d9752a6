package org.redflag.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.Span;

class HtmlReportTest {

    @Test
    void evidenceIsMarkedWithItsCodeAndWhatTheSentenceModelFoundIsSetApart() {
        String text = "Fee <300 USD>. Wages held to the end.";
        List<IndicatorMatch> found = List.of(
                new IndicatorMatch(Indicator.RECRUITMENT_FEE, List.of(new Span(JobAd.Field.DESCRIPTION, 0, 13, "Fee <300 USD>"))),
                new IndicatorMatch(Indicator.WAGE_WITHHOLDING, List.of(new Span(JobAd.Field.DESCRIPTION, 15, 25, "Wages held")),
                        IndicatorMatch.Source.MODEL));
        assertThat(HtmlReport.highlighted(text, found, JobAd.Field.DESCRIPTION)).isEqualTo(
                "<mark class=\"risk\" title=\"RECRUITMENT_FEE\">Fee &lt;300 USD&gt;<sup>RECRUITMENT_FEE</sup></mark>. "
                        + "<mark class=\"risk model\" title=\"WAGE_WITHHOLDING, found by the sentence model\">Wages held"
                        + "<sup>WAGE_WITHHOLDING</sup></mark> to the end.");
    }
}
