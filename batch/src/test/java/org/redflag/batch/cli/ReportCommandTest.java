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
import org.redflag.features.Indicator;
import org.redflag.index.lucene.LuceneAdIndex;

/** {@code redflag report} renders a past scan's report again, and a bad input leaves the stored report as it was. */
class ReportCommandTest {

    @TempDir
    Path data;

    @Test
    void aCorruptLinksFileFailsInOneLineAndLeavesTheReportAsItWas() throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            SearchCommandTest.store(index, SearchCommandTest.farm("f1", "board-a", "Green Fields Agency", "Murcia",
                    "+34 612 345 678", "2026-01-05"), 0.92, Indicator.RECRUITMENT_FEE);
            index.commit();
        }
        Path run = ReportFiles.runDir(data.resolve("reports"), 1);
        ReportFiles.write(run, new RunSummary(1, "2026-12-06T00:00:00Z", "2026-12-06T00:01:00Z", List.of(), 1, 0, "test-model",
                Map.of(), Map.of()), new ReportTally());
        RedflagCommandTest.Run rendered = RedflagCommandTest.run("report", "--data", data.toString());
        assertThat(rendered.code()).as(rendered.err()).isZero();
        Map<String, String> before = contents(run);
        assertThat(before).containsKeys("report.html", "ads.json", "ads.csv", "run.json");

        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            // a later ad, so that any rewritten file would differ from the stored one
            SearchCommandTest.store(index, SearchCommandTest.office("o1"), 0.05);
            index.commit();
        }
        Files.writeString(data.resolve("links.json"), "[1,2");
        RedflagCommandTest.Run failed = RedflagCommandTest.run("report", "--data", data.toString());
        assertThat(failed.code()).isEqualTo(1);
        assertThat(failed.err().strip()).startsWith("redflag report: cannot read ").contains("links.json").doesNotContain("\n");
        assertThat(contents(run)).as("the stored report, file by file").isEqualTo(before);
    }

    private static Map<String, String> contents(Path dir) throws Exception {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var list = Files.list(dir)) {
            for (Path f : list.toList()) {
                files.put(f.getFileName().toString(), Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }
}
