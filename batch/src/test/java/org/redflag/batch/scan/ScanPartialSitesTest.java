package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.cli.RedflagCommand;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.RunSummary;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.demo.DemoBoard;
import org.redflag.corpus.demo.DemoBoardServer;
import org.redflag.corpus.demo.DemoSites;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.scrape.SiteProfile;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scan over three sites, one of them down (a closed loopback port): the down site fails only its own
 * partition; the others' ads are stored, analysed and reported, the report and the summary say which
 * site failed and why, and the exit code says the run was partial.
 */
class ScanPartialSitesTest {

    static final int ADS = 6;

    @TempDir
    Path tmp;

    @Test
    void aSiteThatIsDownFailsOnlyItsOwnPartition() throws Exception {
        Path sites = Files.createDirectories(tmp.resolve("sites"));
        Path data = tmp.resolve("data");
        JsonMapper json = JsonMapper.builder().build();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Files.writeString(sites.resolve("down-board.json"), json.writeValueAsString(Map.of("name", "down-board",
                "startUrls", List.of("http://127.0.0.1:" + closedPort + "/jobs"), "adLinks", "a.job",
                "allowPrivateNetwork", true, "delayMillis", 0)));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code;
        List<String> liveSites;
        try (DemoBoardServer board = DemoBoardServer.start(DemoBoard.of(CorpusReaders.readBundled(), ADS))) {
            List<SiteProfile> live = DemoSites.profiles(board);
            liveSites = live.stream().map(SiteProfile::name).toList();
            for (SiteProfile p : live) {
                Files.writeString(sites.resolve(p.name() + ".json"), json.writeValueAsString(p));
            }
            code = RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                    "scan", "--sites", sites.toString(), "--data", data.toString());
        }

        assertThat(code).as("a partial run exits 1:%n%s%n%s", out, err).isEqualTo(1);
        assertThat(out.toString())
                .containsPattern("down-board\\s+0\\s+0\\s+0\\s+0\\s+0\\s+0\\s+FAILED")
                .containsPattern("failed site down-board: .*127\\.0\\.0\\.1:" + closedPort)
                .contains("1 of 3 sites failed")
                .containsPattern("scan \\d+ completed \\(partial: some sites failed\\)");

        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            assertThat(index.analysedIds()).as("the live sites' ads are analysed").hasSize(ADS);
            assertThat(index.pendingIds()).isEmpty();
        }
        Path reportDir = Files.list(data.resolve("reports")).findFirst().orElseThrow();
        RunSummary run = ReportFiles.readSummary(reportDir);
        assertThat(run.failedSites()).extracting(SiteCrawlStats::site).containsExactly("down-board");
        assertThat(run.sites()).filteredOn(s -> !s.failed()).extracting(SiteCrawlStats::site)
                .containsExactlyInAnyOrderElementsOf(liveSites);
        assertThat(run.sites().stream().mapToInt(SiteCrawlStats::newAds).sum()).isEqualTo(ADS);
        assertThat(run.analysed()).isEqualTo(ADS);
        assertThat(Files.readString(reportDir.resolve("report.html")))
                .contains("Partial run:").contains("<b>down-board</b>").contains("127.0.0.1:" + closedPort);
    }
}
