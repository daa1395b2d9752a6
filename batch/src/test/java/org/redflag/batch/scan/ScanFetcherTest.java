package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.redflag.ad.RawPage;
import org.redflag.scrape.FetchException;
import org.redflag.scrape.Fetcher;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.Validators;

/** Within one scan, a page that failed is not fetched again by another site that lists it. */
class ScanFetcherTest {

    private static final URI BROKEN = URI.create("https://jobs.example/ad/500");
    private static final URI FINE = URI.create("https://jobs.example/ad/1");

    private final AtomicInteger requests = new AtomicInteger();
    /** Stands for the fetcher with its retries: each call is 1 + retries GETs. */
    private final Fetcher board = (url, profile, known) -> {
        requests.incrementAndGet();
        sleep(100);
        if (url.equals(BROKEN)) {
            throw new FetchException("cannot fetch " + url + ": HTTP 500, still after 3 retries");
        }
        return new RawPage(url, 200, "text/html", "<p>ad</p>".getBytes(), Instant.now(), "", "");
    };

    private static SiteProfile section(String name) {
        return new SiteProfile(name, List.of(URI.create("https://jobs.example/" + name)), "a", "", Map.of(), 1, 10, 0,
                false);
    }

    @Test
    void twoSitesListingAPageThatFailsFetchItOnceAtOnceOrOneAfterTheOther() throws Exception {
        ScanFetcher fetcher = new ScanFetcher(board);
        ExecutorService sites = Executors.newFixedThreadPool(2);
        try {
            Future<?> a = sites.submit(() -> fetcher.fetch(BROKEN, section("a")));
            Future<?> b = sites.submit(() -> fetcher.fetch(BROKEN, section("b")));
            for (Future<?> f : List.of(a, b)) {
                assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(FetchException.class)
                        .hasMessageContaining("HTTP 500, still after 3 retries");
            }
        } finally {
            sites.shutdownNow();
        }
        assertThatThrownBy(() -> fetcher.fetch(BROKEN, section("c"))).isInstanceOf(FetchException.class)
                .hasMessage("cannot fetch " + BROKEN + ": HTTP 500, still after 3 retries");
        assertThat(requests).hasValue(1);
    }

    @Test
    void aPageThatWasReadIsFetchedByEachSiteAndTheNextScanTriesAFailedPageAgain() {
        ScanFetcher fetcher = new ScanFetcher(board);
        fetcher.fetch(FINE, section("a"));
        fetcher.fetch(FINE, section("b"), Validators.NONE);
        assertThat(requests).as("each site keeps its own validators").hasValue(2);

        assertThatThrownBy(() -> fetcher.fetch(BROKEN, section("a"))).isInstanceOf(FetchException.class);
        fetcher.newScan();
        assertThatThrownBy(() -> fetcher.fetch(BROKEN, section("a"))).isInstanceOf(FetchException.class);
        assertThat(requests).hasValue(4);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
