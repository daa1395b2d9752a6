package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.scrape.jsoup.SiteCrawler.CrawlReport;

/** Why a site whose listing pages were read yielded no ad, as its status says it. */
class CrawlSiteNoAdsTest {

    @Test
    void noAdPageFoundPointsAtTheSelectors() {
        assertThat(CrawlSiteTasklet.noAds(new CrawlReport("board", 3, 0, 0, 0, 0, List.of())))
                .isEqualTo("no ads: check the profile's selectors");
    }

    @Test
    void adPagesWithoutAnAdPointAtTheSelectors() {
        assertThat(CrawlSiteTasklet.noAds(new CrawlReport("board", 3, 1, 0, 0, 1, List.of())))
                .isEqualTo("no ads: 1 page without an ad, check the profile's selectors");
    }

    @Test
    void failedPagesAreCountedWithTheFirstReasonNotBlamedOnTheSelectors() {
        List<String> refused = List.of("refused https://jobs.example/a/1: disallowed by the site's robots.txt",
                "refused https://jobs.example/a/2: disallowed by the site's robots.txt");
        assertThat(CrawlSiteTasklet.noAds(new CrawlReport("board", 3, 0, 0, 0, 0, refused)))
                .isEqualTo("no ads: 2 pages failed, the first: refused https://jobs.example/a/1: disallowed by the site's robots.txt");
    }
}
