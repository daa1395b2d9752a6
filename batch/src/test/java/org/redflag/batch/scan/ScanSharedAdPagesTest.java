package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Two site profiles that list the same ad pages (two sections of one board): each site finds the ads and keeps
 * them under its own name, in the run's numbers and in the index, and the next scan finds them unchanged on both.
 * The sites are crawled one after the other, so that the second meets pages the first has already seen.
 */
class ScanSharedAdPagesTest {

    static final int ADS = 6;

    @TempDir
    Path tmp;

    @Test
    void twoSitesThatListTheSameAdPagesEachFindAndKeepTheirAds() throws Exception {
        Path sites = Files.createDirectories(tmp.resolve("sites"));
        Path data = tmp.resolve("data");
        JsonMapper json = JsonMapper.builder().build();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] scan = {"scan", "--sites", sites.toString(), "--data", data.toString(), "--redflag.crawl-threads=1"};
        try (DemoBoardServer board = DemoBoardServer.start(DemoBoard.of(CorpusReaders.readBundled(), ADS))) {
            SiteProfile one = DemoSites.profiles(board).get(0);
            SiteProfile two = new SiteProfile(one.name() + "-jobs-section", one.startUrls(), one.adLinks(),
                    one.nextPage(), one.fields(), one.maxPages(), one.maxAds(), one.delayMillis(),
                    one.allowPrivateNetwork());
            for (SiteProfile p : List.of(one, two)) {
                Files.writeString(sites.resolve(p.name() + ".json"), json.writeValueAsString(p));
            }
            assertThat(RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), scan))
                    .as("first scan:%n%s%n%s", out, err).isZero();
            RunSummary first = ReportFiles.readSummary(data.resolve("reports/run-1"));
            int listed = first.sites().get(0).newAds();
            assertThat(listed).isPositive();
            assertThat(first.sites()).as("each site found every ad it lists")
                    .extracting(SiteCrawlStats::site, SiteCrawlStats::newAds, SiteCrawlStats::unchangedAds)
                    .containsExactlyInAnyOrder(tuple(one.name(), listed, 0), tuple(two.name(), listed, 0));
            try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
                assertThat(index.analysedIds()).as("an ad of each site").hasSize(2 * listed)
                        .filteredOn(id -> id.startsWith(two.name() + "-")).hasSize(listed);
            }

            assertThat(RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), scan))
                    .as("second scan:%n%s%n%s", out, err).isZero();
            assertThat(ReportFiles.readSummary(data.resolve("reports/run-2")).sites())
                    .as("each site remembers its own pages")
                    .extracting(SiteCrawlStats::newAds, SiteCrawlStats::unchangedAds)
                    .containsExactly(tuple(0, listed), tuple(0, listed));
        }
    }
}
