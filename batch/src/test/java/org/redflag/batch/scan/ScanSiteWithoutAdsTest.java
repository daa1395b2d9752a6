package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
import org.redflag.scrape.SiteProfile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A scan over the demo board's sites and two profiles of a board that changed: one whose ad-link selector no
 * longer matches, one whose field selectors no longer match (every ad page comes out without an ad). Both are
 * read but yield no ad; the summary says so in their status, the run is partial and exits 1, and the sites that
 * yielded ads stay ok.
 */
class ScanSiteWithoutAdsTest {

    static final int ADS = 6;

    @TempDir
    Path tmp;

    @Test
    void aSiteThatYieldsNoAdIsNotOkAndTheRunIsPartial() throws Exception {
        Path sites = Files.createDirectories(tmp.resolve("sites"));
        Path data = tmp.resolve("data");
        JsonMapper json = JsonMapper.builder().build();

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
            Map<String, Object> changed = json.readValue(json.writeValueAsString(live.get(0)), new TypeReference<>() {
            });
            Map<String, Object> noLinks = new LinkedHashMap<>(changed);
            noLinks.put("name", "links-changed");
            noLinks.put("adLinks", "a.no-such-link");
            Files.writeString(sites.resolve("links-changed.json"), json.writeValueAsString(noLinks));
            Map<String, Object> noFields = new LinkedHashMap<>(changed);
            noFields.put("name", "layout-changed");
            noFields.put("fields", Map.of("title", ".no-such-title", "description", ".no-such-body"));
            Files.writeString(sites.resolve("layout-changed.json"), json.writeValueAsString(noFields));
            code = RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                    "scan", "--sites", sites.toString(), "--data", data.toString());
        }

        assertThat(code).as("a site without ads makes the run partial:%n%s%n%s", out, err).isEqualTo(1);
        assertThat(out.toString())
                .containsPattern("links-changed\\s+\\d+\\s+0\\s+0\\s+0\\s+0\\s+0\\s+no ads: check the profile's selectors")
                .containsPattern("layout-changed\\s+\\d+\\s+0\\s+0\\s+0\\s+0\\s+0\\s+"
                        + "no ads: \\d+ pages without an ad, check the profile's selectors")
                .contains("2 of 4 sites failed")
                .containsPattern("scan \\d+ completed \\(partial: some sites failed\\)");
        for (String site : liveSites) {
            assertThat(out.toString()).containsPattern(site + "\\s+\\d+\\s+\\d+\\s+0\\s+0\\s+0\\s+\\d+\\s+ok");
        }

        Path reportDir = Files.list(data.resolve("reports")).findFirst().orElseThrow();
        RunSummary run = ReportFiles.readSummary(reportDir);
        assertThat(run.failedSites()).extracting(SiteCrawlStats::site)
                .containsExactlyInAnyOrder("links-changed", "layout-changed");
        assertThat(run.failedSites()).allMatch(SiteCrawlStats::yieldedNoAd);
        assertThat(run.sites().stream().mapToInt(SiteCrawlStats::newAds).sum()).isEqualTo(ADS);
    }
}
