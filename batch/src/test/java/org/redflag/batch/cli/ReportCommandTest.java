package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.ReportTally;
import org.redflag.batch.report.RunSummary;
import org.redflag.batch.scan.SkippedAd;
import org.redflag.features.Indicator;
import org.redflag.index.lucene.LuceneAdIndex;

/** {@code redflag report} renders a past scan's report again from its saved files, and a bad one leaves the stored report as it was. */
class ReportCommandTest {

    @TempDir
    Path data;

    @Test
    void aCorruptLinksFileOfTheRunFailsInOneLineAndLeavesTheReportAsItWas() throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            SearchCommandTest.store(index, SearchCommandTest.farm("f1", "board-a", "Green Fields Agency", "Murcia",
                    "+34 612 345 678", "2026-01-05"), 0.92, Indicator.RECRUITMENT_FEE);
            index.commit();
        }
        Path run = ReportFiles.runDir(data.resolve("reports"), 1);
        ReportFiles.writeMetrics(run, List.of());
        ReportFiles.write(run, new RunSummary(1, "2026-12-06T00:00:00Z", "2026-12-06T00:01:00Z", List.of(), 1, 0, "test-model",
                Map.of(), List.of(), Map.of()), savedAds(run));
        RedflagCommandTest.Run rendered = RedflagCommandTest.run("report", "--data", data.toString());
        assertThat(rendered.code()).as(rendered.err()).isZero();
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            // a later ad, so that any rewritten file would differ from the stored one
            SearchCommandTest.store(index, SearchCommandTest.office("o1"), 0.05);
            index.commit();
        }
        Files.writeString(run.resolve("links.json"), "[1,2");
        Map<String, String> before = contents(run);
        assertThat(before).containsKeys("report.html", "ads.json", "ads.csv", "run.json", "riskiest.json");
        RedflagCommandTest.Run failed = RedflagCommandTest.run("report", "--data", data.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err().strip()).startsWith("redflag report: cannot read ").contains("links.json").doesNotContain("\n");
        assertThat(contents(run)).as("the stored report, file by file").isEqualTo(before);
    }

    @Test
    void aScanNumberBeyondAnIntIsTakenAsARunsNumber() throws Exception {
        long beyond = Integer.MAX_VALUE + 1L;
        RedflagCommandTest.Run missing = RedflagCommandTest.run("report", "--run", String.valueOf(beyond), "--data",
                data.toString());
        assertThat(missing.code()).as(missing.err()).isEqualTo(1);
        assertThat(missing.err().strip()).isEqualTo("redflag report: no report in "
                + ReportFiles.runDir(data.resolve("reports"), beyond) + " (run.json is missing)");

        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            index.commit();
        }
        Path run = ReportFiles.runDir(data.resolve("reports"), beyond);
        ReportFiles.writeMetrics(run, List.of());
        ReportFiles.write(run, new RunSummary(beyond, "2026-12-06 02:00:00", "2026-12-06 02:01:00", List.of(), 7, 0,
                "test-model", Map.of(), List.of(), Map.of()), savedAds(run));
        RedflagCommandTest.Run rendered = RedflagCommandTest.run("report", "--run", String.valueOf(beyond), "--data",
                data.toString());
        assertThat(rendered.code()).as(rendered.err()).isZero();
        assertThat(rendered.out()).contains("analysed 7 ads, skipped 0; model test-model")
                .contains("report: " + run.resolve("report.html"));
    }

    @Test
    void theSkippedAdsAreRenderedAgainAndARunRecordedBeforeThemRendersWithoutThem() throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            index.commit();
        }
        Path before = Files.createDirectories(ReportFiles.runDir(data.resolve("reports"), 1));
        ReportFiles.writeMetrics(before, List.of());
        savedAds(before);
        // a run.json as scans wrote it before they kept the skipped ads
        Files.writeString(before.resolve("run.json"), """
                {"runId": 1, "started": "2026-12-05 02:00:00", "finished": "2026-12-05 02:01:00", "sites": [],
                 "analysed": 20, "skipped": 2, "model": "test-model", "skippedBySite": {"board-a": 2},
                 "highRiskBySite": {}}
                """);
        Path after = ReportFiles.runDir(data.resolve("reports"), 2);
        ReportFiles.writeMetrics(after, List.of());
        SkippedAd hostile = new SkippedAd("board-a-1", "board-a", "https://a.example/1",
                "ad board-a-1 has 2 words of text \u001b[2J<i>cleared</i>");
        ReportFiles.write(after, new RunSummary(2, "2026-12-06 02:00:00", "2026-12-06 02:01:00", List.of(), 20, 1,
                "test-model", Map.of("board-a", 1), List.of(hostile), Map.of()), savedAds(after));

        RedflagCommandTest.Run old = RedflagCommandTest.run("report", "--run", "1", "--data", data.toString());
        assertThat(old.code()).as(old.err()).isZero();
        assertThat(old.out()).contains("analysed 20 ads, skipped 2; model test-model")
                .doesNotContain("skipped board-a-");
        assertThat(Files.readString(before.resolve("report.html"))).doesNotContain("Skipped ads");

        RedflagCommandTest.Run rendered = RedflagCommandTest.run("report", "--run", "2", "--data", data.toString());
        assertThat(rendered.code()).as(rendered.err()).isZero();
        assertThat(rendered.out()).as("an escape sequence in an ad's text reaches no terminal")
                .contains("skipped board-a-1 (board-a): ad board-a-1 has 2 words of text \uFFFD[2J<i>cleared</i>")
                .doesNotContain("\u001b");
        assertThat(Files.readString(after.resolve("report.html"))).contains("<h2>Skipped ads</h2>")
                .contains("[2J&lt;i&gt;cleared&lt;/i&gt;").doesNotContain("<i>cleared");
        assertThat(ReportFiles.readSummary(after).skippedAds()).containsExactly(hostile);
    }

    @Test
    void aMissingMetricsFileIsRefusedInOneLineAndTheReportWithItsRunStatisticsStays() throws Exception {
        Path run = renderedRunWithStatistics();
        Map<String, String> before = contents(run);
        Files.delete(run.resolve("metrics.json"));
        before.remove("metrics.json");

        RedflagCommandTest.Run failed = RedflagCommandTest.run("report", "--data", data.toString());

        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err().strip()).startsWith("redflag report: ").contains("metrics.json is missing")
                .doesNotContain("\n");
        assertThat(contents(run)).as("the stored report, file by file").isEqualTo(before);
        assertThat(before.get("report.html")).contains("Run statistics");
    }

    @Test
    void aCorruptMetricsFileIsRefusedInOneLineAndTheReportStays() throws Exception {
        Path run = renderedRunWithStatistics();
        Map<String, String> written = contents(run);
        for (String[] corrupt : List.of(new String[] {"[{\"name\": \"redflag.crawl.pages\",", "not valid JSON (line 1, column "},
                new String[] {"{\"broken\": 1}", "it does not hold the run's statistics (a list of meters) as a scan writes it"})) {
            Files.writeString(run.resolve("metrics.json"), corrupt[0]);
            Map<String, String> before = contents(run);

            RedflagCommandTest.Run failed = RedflagCommandTest.run("report", "--data", data.toString());

            assertThat(failed.code()).isEqualTo(1);
            assertThat(failed.err().strip()).startsWith("redflag report: cannot read " + run.resolve("metrics.json") + ": ")
                    .contains(corrupt[1]).doesNotContain("\n").doesNotContain("Source").doesNotContain("java.");
            assertThat(contents(run)).as("the stored report, file by file").isEqualTo(before);
            assertThat(contents(run).get("report.html")).isEqualTo(written.get("report.html"));
        }
    }

    /** @return the folder of run 1, rendered once by {@code redflag report} with its meters */
    private Path renderedRunWithStatistics() throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            SearchCommandTest.store(index, SearchCommandTest.office("o1"), 0.05);
            index.commit();
        }
        Path run = ReportFiles.runDir(data.resolve("reports"), 1);
        org.redflag.batch.scan.ScanMetrics metrics = new org.redflag.batch.scan.ScanMetrics();
        metrics.startRun();
        metrics.skipped();
        ReportFiles.writeMetrics(run, metrics.snapshot());
        ReportFiles.write(run, new RunSummary(1, "2026-12-06 02:00:00", "2026-12-06 02:01:00", List.of(), 1, 0,
                "test-model", Map.of(), List.of(), Map.of()), savedAds(run));
        RedflagCommandTest.Run rendered = RedflagCommandTest.run("report", "--data", data.toString());
        assertThat(rendered.code()).as(rendered.err()).isZero();
        return run;
    }

    /** @return the index's ads, written to the run's folder as the scan writes them */
    private ReportTally savedAds(Path run) {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            return ReportFiles.writeAds(run, index);
        }
    }

    /** @return the files of a folder by name, each as its bytes read one character a byte */
    static Map<String, String> contents(Path dir) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var list = Files.list(dir)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
