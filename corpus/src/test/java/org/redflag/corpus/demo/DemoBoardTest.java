package org.redflag.corpus.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.Label;
import org.redflag.corpus.LabelledAd;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.JsoupAdExtractor;
import org.redflag.scrape.jsoup.JsoupFetcher;
import org.redflag.scrape.jsoup.SiteCrawler;

/**
 * The scraper, through the demo sites' profiles, finds every ad of both boards with its fields intact,
 * the reposts under other employer names among them.
 */
class DemoBoardTest {

    @Test
    void everyPublishedAdIsScrapedFromBothLayouts() {
        List<LabelledAd> corpus = CorpusReaders.readBundled();
        int published = 46;
        DemoBoard board = DemoBoard.of(corpus, published);
        try (DemoBoardServer server = DemoBoardServer.start(board)) {
            SiteCrawler crawler = new SiteCrawler(new JsoupFetcher(), new JsoupAdExtractor());
            List<JobAd> found = new ArrayList<>();
            int failures = 0;
            for (SiteProfile site : DemoSites.profiles(server)) {
                SiteCrawler.CrawlReport r = crawler.crawl(site, found::add);
                failures += r.failures().size();
                assertThat(r.listingPages()).isGreaterThan(1);
                assertThat(r.ads()).isEqualTo(published / 2);
            }
            assertThat(failures).isZero();
            assertThat(found).hasSize(published);
            int reposts = 0;
            for (JobAd ad : found) {
                LabelledAd original = corpus.stream().filter(o -> o.ad().title().equals(ad.title())).findFirst()
                        .orElseThrow(() -> new AssertionError("no corpus ad titled " + ad.title()));
                assertThat(squash(ad.description())).isEqualTo(squash(original.ad().description()));
                assertThat(ad.url()).startsWith(server.baseUri().toString());
                if (!ad.employer().equals(original.ad().employer())) {
                    reposts++;
                    assertThat(original.label()).isEqualTo(Label.EXPLOITATIVE);
                    assertThat(found).anySatisfy(o -> {
                        assertThat(o.title()).isEqualTo(ad.title());
                        assertThat(o.employer()).isEqualTo(original.ad().employer());
                        assertThat(o.source()).isNotEqualTo(ad.source());
                    });
                }
            }
            assertThat(reposts).as("exploitative ads posted again under another name").isEqualTo(published / DemoBoard.REPOST_EVERY);
        }
    }

    @Test
    void aBoardLargerThanTheCorpusPublishesVariantsAndEveryOneIsScraped() {
        List<LabelledAd> corpus = CorpusReaders.readBundled();
        int published = 2 * corpus.size() + 24;
        try (DemoBoardServer server = DemoBoardServer.start(DemoBoard.of(corpus, published))) {
            SiteCrawler crawler = new SiteCrawler(new JsoupFetcher(), new JsoupAdExtractor());
            List<JobAd> found = new ArrayList<>();
            for (SiteProfile site : DemoSites.profiles(server)) {
                SiteCrawler.CrawlReport r = crawler.crawl(site, found::add);
                assertThat(r.failures()).isEmpty();
                assertThat(r.ads()).as("more ads than the profile's own limits of pages and ads").isEqualTo(published / 2);
            }
            assertThat(found).hasSize(published);
            assertThat(found.stream().map(JobAd::id).distinct()).hasSize(published);
            assertThat(found.stream().map(a -> squash(a.description())).distinct()).as("every ad but the reposts is new content")
                    .hasSize(published - published / DemoBoard.REPOST_EVERY);
            java.util.Map<String, List<String>> bodiesByTitle = new java.util.HashMap<>();
            corpus.forEach(o -> bodiesByTitle.computeIfAbsent(o.ad().title(), t -> new ArrayList<>()).add(squash(o.ad().description())));
            assertThat(found).as("each a corpus ad or a variant of one").allSatisfy(ad -> assertThat(bodiesByTitle.get(ad.title()))
                    .anySatisfy(body -> assertThat(squash(ad.description())).startsWith(body)));
        }
    }

    /** Layout turns line breaks and list markers into HTML; compare the words. */
    private static String squash(String s) {
        return s.replaceAll("(?m)^\\s*[-*•]\\s+", "").replaceAll("\\s+", " ").strip();
    }
}
