package org.redflag.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.batch.scan.SkippedAd;
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

    @Test
    void overlappingEvidenceIsMergedIntoOneMarkThatNamesEveryIndicator() {
        String text = "A recruitment fee is deducted from the first wages & kept. No <experience>.";
        List<IndicatorMatch> found = List.of(
                new IndicatorMatch(Indicator.RECRUITMENT_FEE, List.of(new Span(JobAd.Field.DESCRIPTION, 2, 29,
                        "recruitment fee is deducted"))),
                new IndicatorMatch(Indicator.DEBT_BONDAGE, List.of(new Span(JobAd.Field.DESCRIPTION, 14, 50,
                        "fee is deducted from the first wages"))),
                new IndicatorMatch(Indicator.OVERSEAS_PLACEMENT, List.of(new Span(JobAd.Field.DESCRIPTION, 14, 50,
                        "fee is deducted from the first wages"))),
                new IndicatorMatch(Indicator.NO_REQUIREMENTS, List.of(new Span(JobAd.Field.DESCRIPTION, 59, 74,
                        "No <experience>"))));
        assertThat(HtmlReport.highlighted(text, found, JobAd.Field.DESCRIPTION)).isEqualTo(
                "A <mark class=\"risk\" title=\"RECRUITMENT_FEE, DEBT_BONDAGE, OVERSEAS_PLACEMENT\">"
                        + "recruitment fee is deducted from the first wages"
                        + "<sup>RECRUITMENT_FEE, DEBT_BONDAGE, OVERSEAS_PLACEMENT</sup></mark> &amp; kept. "
                        + "<mark class=\"risk\" title=\"NO_REQUIREMENTS\">No &lt;experience&gt;<sup>NO_REQUIREMENTS</sup>"
                        + "</mark>.");
    }

    @Test
    void aMarkSaysWhichOfItsIndicatorsTheSentenceModelFound() {
        String text = "Contract signed before your departure.";
        List<IndicatorMatch> found = List.of(
                new IndicatorMatch(Indicator.OVERSEAS_PLACEMENT, List.of(new Span(JobAd.Field.DESCRIPTION, 0, 27,
                        "Contract signed before your"))),
                new IndicatorMatch(Indicator.CONTRACT_BEFORE_DEPARTURE, List.of(new Span(JobAd.Field.DESCRIPTION, 0, 27,
                        "Contract signed before your")), IndicatorMatch.Source.MODEL));
        assertThat(HtmlReport.highlighted(text, found, JobAd.Field.DESCRIPTION)).isEqualTo(
                "<mark class=\"risk model\" title=\"OVERSEAS_PLACEMENT, CONTRACT_BEFORE_DEPARTURE; "
                        + "CONTRACT_BEFORE_DEPARTURE found by the sentence model\">Contract signed before your"
                        + "<sup>OVERSEAS_PLACEMENT, CONTRACT_BEFORE_DEPARTURE</sup></mark> departure.");
    }

    @Test
    void skippedAdsAreListedEscapedAndACutListSaysSo() {
        List<SkippedAd> listed = new java.util.ArrayList<>(SummaryTableTest.skippedAds(99));
        listed.add(0, new SkippedAd("board-a-<b>", "board-a", "javascript:alert(1)",
                "ad board-a-<b> has \"<script>\" in it"));
        String page = HtmlReport.render(SummaryTableTest.skipping(105, listed), new ReportTally(), List.of());

        assertThat(page).contains("<h2>Skipped ads</h2>").contains("The first 100 of 105 skipped ads are listed.")
                .contains("<tr><td>board-a-&lt;b&gt;</td><td>board-a</td>"
                        + "<td>ad board-a-&lt;b&gt; has &quot;&lt;script&gt;&quot; in it</td></tr>")
                .contains("<tr><td><a href=\"https://a.example/98\" rel=\"noreferrer nofollow\">board-a-98</a></td>")
                .doesNotContain("<script>").doesNotContain("javascript:");
    }

    @Test
    void aRunWithoutSkippedAdsHasNoSuchSection() {
        assertThat(HtmlReport.render(SummaryTableTest.skipping(2, List.of()), new ReportTally(), List.of()))
                .doesNotContain("Skipped ads");
    }
}
