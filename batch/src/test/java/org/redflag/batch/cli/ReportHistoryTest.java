package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.ReportTally;
import org.redflag.batch.report.RunSummary;
import org.redflag.batch.scan.ScanLinks;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.AdCluster;
import org.redflag.index.ContactNetwork;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;

/**
 * {@code redflag report --run N} renders run N's report from what run N saved: later scans, rescores and links change
 * neither its numbers nor its ads, and the models behind its scores are named.
 */
class ReportHistoryTest {

    @TempDir
    Path data;

    @Test
    void aPastRunIsRenderedAsItsScanWroteItWhateverTheIndexHoldsNow() throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            scored(index, SearchCommandTest.farm("f1", "board-a", "Green Fields Agency", "Murcia", "+34 612 345 678",
                    "2026-01-05"), 0.92, "model-a");
            scored(index, SearchCommandTest.office("o1"), 0.05, "model-a");
        }
        Path run = scan(1);
        Map<String, String> written = ReportCommandTest.contents(run);

        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            // a later scan's ad, and a rescore of an ad of run 1
            scored(index, SearchCommandTest.farm("f2", "board-b", "Sunrise Staffing", "Huelva", "+34612345678",
                    "2026-01-20"), 0.88, "model-b");
            scored(index, SearchCommandTest.office("o1"), 0.75, "model-b");
        }
        scan(2);

        RedflagCommandTest.Run rendered = RedflagCommandTest.run("report", "--run", "1", "--data", data.toString());

        assertThat(rendered.code()).as(rendered.err()).isZero();
        assertThat(ReportCommandTest.contents(run)).as("run 1's report folder, file by file").isEqualTo(written);
        assertThat(written.get("report.html")).contains("<b>2</b>ads in the index").contains("<b>1</b>high risk")
                .contains("model <code>model-a</code>").doesNotContain("model-b").doesNotContain("Sunrise Staffing");
    }

    @Test
    void aReportOfAdsScoredByTwoModelsNamesBothWithTheirAds() throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            scored(index, SearchCommandTest.farm("f1", "board-a", "Green Fields Agency", "Murcia", "+34 612 345 678",
                    "2026-01-05"), 0.92, "model-old");
            scored(index, SearchCommandTest.farm("f2", "board-b", "Sunrise Staffing", "Huelva", "+34612345678",
                    "2026-01-20"), 0.88, "model-new");
            scored(index, SearchCommandTest.office("o1"), 0.05, "model-new");
        }

        String html = Files.readString(scan(1).resolve("report.html"));

        assertThat(html).contains("models <code>model-new</code> (2 ads), <code>model-old</code> (1 ad)");
    }

    @Test
    void aPastRunKeepsItsOwnLinksAndIsRefusedInOneLineWithoutThem() throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            scored(index, SearchCommandTest.office("o1"), 0.05, "model-a");
        }
        Path run = scan(1);
        Map<String, String> written = ReportCommandTest.contents(run);
        assertThat(written.get("report.html")).contains("Near-duplicate ads").contains("Contact networks");
        Files.delete(data.resolve(ScanLinks.FILE));

        RedflagCommandTest.Run rendered = RedflagCommandTest.run("report", "--run", "1", "--data", data.toString());

        assertThat(rendered.code()).as(rendered.err()).isZero();
        assertThat(ReportCommandTest.contents(run)).as("run 1's report folder, its links section with it").isEqualTo(written);

        Files.delete(run.resolve(ScanLinks.FILE));
        written.remove(ScanLinks.FILE);
        RedflagCommandTest.Run refused = RedflagCommandTest.run("report", "--run", "1", "--data", data.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("redflag report: cannot render the report in " + run + ": "
                + run.resolve(ScanLinks.FILE) + " is missing (its links section was rendered from it)");
        assertThat(ReportCommandTest.contents(run)).as("the report as it was").isEqualTo(written);
    }

    @Test
    void aRunSavedByAnEarlierRedflagIsRefusedInOneLineAndKeptAsItsScanWroteIt() throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            scored(index, SearchCommandTest.office("o1"), 0.05, "model-a");
        }
        Path run = scan(1);
        Files.delete(run.resolve("riskiest.json"));
        Map<String, String> written = ReportCommandTest.contents(run);

        RedflagCommandTest.Run refused = RedflagCommandTest.run("report", "--data", data.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("redflag report: cannot render the report in " + run
                + ": the run was saved by an earlier Redflag, without riskiest.json (the text of its riskiest ads); "
                + "its report.html stays as its scan wrote it");
        assertThat(ReportCommandTest.contents(run)).as("the report as it was").isEqualTo(written);
    }

    /** Writes run N's report folder as the scan's report step does, with links that name the scan. */
    private Path scan(long n) throws Exception {
        Path run = ReportFiles.runDir(data.resolve("reports"), n);
        ReportTally scored;
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            scored = ReportFiles.writeAds(run, index);
        }
        ReportFiles.writeMetrics(run, List.of());
        Path html = ReportFiles.write(run, new RunSummary(n, "2026-12-0" + n + " 02:00:00", "2026-12-0" + n + " 02:01:00",
                List.of(), 1, 0, "model-a", Map.of(), List.of(), scored.highRiskBySite()), scored);
        ScanLinks links = new ScanLinks("scan " + n, 1,
                List.of(new AdCluster("c" + n, List.of("o1", "x" + n), "Scan " + n + " cluster", Set.of("A", "B"), Set.of("board-a"), 0.9)),
                List.of(new ContactNetwork("n" + n, Set.of("+34 600 00" + n), List.of("o1", "x" + n), Set.of("A", "B"), Set.of("board-a"))));
        links.write(data);
        links.write(run);
        org.redflag.batch.report.LinksSection.insertInto(html, links);
        return run;
    }

    private static void scored(LuceneAdIndex index, JobAd ad, double risk, String model) {
        index.upsert(ad);
        AnalyzedAd analysis = new AnalyzedAd(ad, AnalyzedAd.joinedText(ad), AnalyzedAd.sectionsOf(ad), List.of(), List.of(), "test");
        List<IndicatorMatch> matches = List.of(new IndicatorMatch(Indicator.RECRUITMENT_FEE,
                List.of(new Span(JobAd.Field.DESCRIPTION, 0, 5, ad.description().substring(0, 5)))));
        index.store(analysis, new RiskAssessment(ad.id(), risk, risk >= 0.7 ? RiskLevel.HIGH : RiskLevel.LOW, matches, model));
        index.commit();
    }
}
