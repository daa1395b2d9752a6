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
 * Two scans over the demo board's sites and profiles of boards that list nothing. In the first, a profile whose field
 * selectors no longer match (every ad page comes out without an ad) is not ok and makes the run partial, while a
 * board that lists no ad and never did (its ad-link selector finds nothing, nothing failed) is ok: it may just have no
 * ads yet. In the second, a site that had ads and whose ad-link selector no longer matches is not ok. A site that is
 * not ok says why in its status, and the sites that yielded ads stay ok.
 */
class ScanSiteWithoutAdsTest {

    static final int ADS = 6;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path tmp;

    @Test
    void aSiteThatYieldsNoAdIsNotOkAndTheRunIsPartialUnlessItNeverListedAnAd() throws Exception {
        Path sites = Files.createDirectories(tmp.resolve("sites"));
        Path data = tmp.resolve("data");
        try (DemoBoardServer board = DemoBoardServer.start(DemoBoard.of(CorpusReaders.readBundled(), ADS))) {
            List<SiteProfile> live = DemoSites.profiles(board);
            for (SiteProfile p : live) {
                write(sites, p.name(), profile(p));
            }
            Map<String, Object> empty = profile(live.get(0));
            empty.put("name", "empty-board");
            empty.put("adLinks", "a.no-such-link");
            write(sites, "empty-board", empty);
            Map<String, Object> noFields = profile(live.get(0));
            noFields.put("name", "layout-changed");
            noFields.put("fields", Map.of("title", ".no-such-title", "description", ".no-such-body"));
            write(sites, "layout-changed", noFields);

            StringWriter first = new StringWriter();
            assertThat(scan(sites, data, first)).as("a site without ads makes the run partial:%n%s", first).isEqualTo(1);
            assertThat(first.toString())
                    .containsPattern("layout-changed\\s+\\d+\\s+0\\s+0\\s+0\\s+0\\s+0\\s+"
                            + "no ads: \\d+ pages without an ad, check the profile's selectors")
                    .containsPattern("empty-board\\s+\\d+\\s+0\\s+0\\s+0\\s+0\\s+0\\s+ok")
                    .contains("1 of 4 sites failed")
                    .containsPattern("scan \\d+ completed \\(partial: some sites failed\\)");
            for (SiteProfile site : live) {
                assertThat(first.toString()).containsPattern(site.name() + "\\s+\\d+\\s+\\d+\\s+0\\s+0\\s+0\\s+\\d+\\s+ok");
            }
            RunSummary run = ReportFiles.readSummary(data.resolve("reports/run-1"));
            assertThat(run.failedSites()).extracting(SiteCrawlStats::site).containsExactly("layout-changed");
            assertThat(run.failedSites()).allMatch(SiteCrawlStats::yieldedNoAd);
            assertThat(run.sites().stream().mapToInt(SiteCrawlStats::newAds).sum()).isEqualTo(ADS);

            Files.delete(sites.resolve("layout-changed.json"));
            Map<String, Object> noLinks = profile(live.get(0));
            noLinks.put("adLinks", "a.no-such-link");
            write(sites, live.get(0).name(), noLinks);
            StringWriter second = new StringWriter();
            assertThat(scan(sites, data, second)).as("%s", second).isEqualTo(1);
            assertThat(second.toString()).containsPattern(live.get(0).name()
                    + "\\s+\\d+\\s+0\\s+0\\s+0\\s+0\\s+\\d+\\s+no ads: check the profile's selectors");
        }
    }

    private static Map<String, Object> profile(SiteProfile p) {
        return new LinkedHashMap<>(JSON.readValue(JSON.writeValueAsString(p), new TypeReference<Map<String, Object>>() {
        }));
    }

    private static void write(Path sites, String name, Map<String, Object> profile) throws Exception {
        Files.writeString(sites.resolve(name + ".json"), JSON.writeValueAsString(profile));
    }

    private static int scan(Path sites, Path data, StringWriter out) {
        return RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "scan", "--sites", sites.toString(), "--data", data.toString());
    }
}
