package org.redflag.batch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.redflag.batch.scan.SiteCrawlStats;
import org.redflag.batch.scan.SkippedAd;

/** The console's summary of a scan: after the table, the first skipped ads, one line each. */
class SummaryTableTest {

    static RunSummary skipping(long skipped, List<SkippedAd> listed) {
        return new RunSummary(7, "2026-12-06 02:00:00", "2026-12-06 02:01:00", List.of(), 20, skipped, "test-model",
                Map.of("board-a", (int) skipped), listed, Map.of());
    }

    static List<SkippedAd> skippedAds(int n) {
        return IntStream.range(0, n).mapToObj(i -> new SkippedAd("board-a-" + i, "board-a", "https://a.example/" + i,
                "ad board-a-" + i + " has no text to assess")).toList();
    }

    private static String printed(RunSummary run) {
        StringWriter out = new StringWriter();
        SummaryTable.print(run, new PrintWriter(out));
        return out.toString();
    }

    @Test
    void theFirstSkippedAdsArePrintedOneLineEachAndTheRestAreCounted() {
        List<String> lines = printed(skipping(105, skippedAds(100))).lines().toList();

        List<String> expected = new ArrayList<>();
        for (int i = 0; i < SummaryTable.SKIPPED_SHOWN; i++) {
            expected.add("skipped board-a-" + i + " (board-a): ad board-a-" + i + " has no text to assess");
        }
        expected.add("... and 95 more: see the report");
        int after = lines.indexOf("analysed 20 ads, skipped 105; model test-model");
        assertThat(after).isPositive();
        assertThat(lines.subList(after + 1, lines.size())).containsExactlyElementsOf(expected);
    }

    @Test
    void aReasonThatSpansLinesIsPrintedOnOne() {
        SkippedAd forged = new SkippedAd("board-a-1", "board-a", "", "bad ad\nskipped board-a-2 (board-a): forged\r\n");

        assertThat(printed(skipping(1, List.of(forged)))).endsWith(
                "skipped board-a-1 (board-a): bad ad skipped board-a-2 (board-a): forged" + System.lineSeparator());
    }

    @Test
    void aRunWithoutItsSkippedAdsPrintsNoneAndNothingMore() {
        assertThat(printed(skipping(3, List.of())))
                .endsWith("analysed 20 ads, skipped 3; model test-model" + System.lineSeparator());
    }

    @Test
    void aSiteStatusSaysWhyItYieldedNoAdAndThatItsHighRiskAdsAreFromEarlierScans() {
        SiteCrawlStats noAds = new SiteCrawlStats("board-b", 3, 11, 0, 0, 0, 11, List.of(),
                "no ads: 11 pages without an ad, check the profile's selectors");

        assertThat(SummaryTable.status(noAds, 6))
                .isEqualTo("no ads: 11 pages without an ad, check the profile's selectors; high risk from earlier scans");
        assertThat(SummaryTable.status(noAds, 0)).isEqualTo("no ads: 11 pages without an ad, check the profile's selectors");
        assertThat(SummaryTable.status(SiteCrawlStats.failed("board-c", "connection refused"), 2))
                .isEqualTo("FAILED; high risk from earlier scans");
    }

    @Test
    void anOkSiteStatusCountsItsFailedPagesAndPagesWithoutAnAd() {
        SiteCrawlStats some = new SiteCrawlStats("board-a", 2, 10, 7, 0, 0, 3, List.of("https://a.example/9: 404"), null);

        assertThat(SummaryTable.status(some, 1)).isEqualTo("ok, 1 pages failed, 3 pages without an ad");
        assertThat(SummaryTable.status(new SiteCrawlStats("board-a", 2, 7, 7, 0, 0, 0, List.of(), null), 1))
                .isEqualTo("ok");
    }
}
