package org.redflag.scrape.jsoup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redflag.scrape.jsoup.LoopbackServer.html;
import static org.redflag.scrape.jsoup.LoopbackServer.redirect;
import static org.redflag.scrape.jsoup.LoopbackServer.send;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redflag.RedflagException;
import org.redflag.ad.RawPage;
import org.redflag.scrape.Defaults;
import org.redflag.scrape.FetchException;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.Validators;

/** Against a real HTTP server on loopback, serving ordinary and hostile answers. */
class JsoupFetcherTest {

    private static final int FIFTY_MB = 50 * 1024 * 1024;

    private LoopbackServer server;
    private volatile String robotsTxt = "User-agent: *\nDisallow: /private/\n";
    private final FakeClock clock = new FakeClock();

    @BeforeEach
    void start() {
        server = new LoopbackServer()
                .route("/robots.txt", ex -> send(ex, 200, "text/plain", robotsTxt.getBytes(StandardCharsets.UTF_8)))
                .route("/ok", ex -> html(ex, 200, "<html><body>fine</body></html>"))
                .route("/private/x", ex -> html(ex, 200, "secret"))
                .route("/gone", ex -> html(ex, 404, "no such ad"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private SiteProfile site(boolean allowPrivate) {
        return site(allowPrivate, 0);
    }

    private SiteProfile site(boolean allowPrivate, long delayMillis) {
        return new SiteProfile("test", List.of(server.uri("/")), "a", "", Map.of(), 1, 10, delayMillis, allowPrivate);
    }

    /** A fetcher whose waits pass at once, recorded by {@link #clock}. */
    private JsoupFetcher fetcher() {
        return new JsoupFetcher(Defaults.USER_AGENT, clock);
    }

    @Test
    void fetchesAPage() {
        RawPage page = fetcher().fetch(server.uri("/ok"), site(true));
        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("fine");
    }

    @Test
    void obeysRobotsTxt() {
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/private/x"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("robots.txt");
        assertThat(server.requestsTo("/private/x")).isEmpty();
    }

    @Test
    void aRobotsTxtThatAnswers5xxDisallowsTheWholeSite() {
        try (LoopbackServer down = new LoopbackServer()) {
            down.route("/robots.txt", ex -> html(ex, 503, "try later")).route("/ok", ex -> html(ex, 200, "fine"));
            SiteProfile site = new SiteProfile("down", List.of(down.uri("/")), "a", "", Map.of(), 1, 10, 0, true);
            assertThatThrownBy(() -> fetcher().fetch(down.uri("/ok"), site))
                    .isInstanceOf(FetchException.class).hasMessageContaining("robots.txt answered HTTP 503")
                    .hasMessageContaining("RFC 9309");
            assertThat(down.requestsTo("/ok")).isEmpty();
        }
    }

    @Test
    void aMissingRobotsTxtAllowsEverything() {
        try (LoopbackServer bare = new LoopbackServer()) {
            bare.route("/private/x", ex -> html(ex, 200, "not private here"));
            SiteProfile site = new SiteProfile("bare", List.of(bare.uri("/")), "a", "", Map.of(), 1, 10, 0, true);
            assertThat(fetcher().fetch(bare.uri("/private/x"), site).status()).isEqualTo(200);
        }
    }

    @Test
    void followsARedirectOfRobotsTxt() {
        try (LoopbackServer moved = new LoopbackServer()) {
            moved.route("/robots.txt", ex -> redirect(ex, "/robots-2026.txt"))
                    .route("/robots-2026.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /ok\n".getBytes(StandardCharsets.UTF_8)))
                    .route("/ok", ex -> html(ex, 200, "fine"));
            SiteProfile site = new SiteProfile("moved", List.of(moved.uri("/")), "a", "", Map.of(), 1, 10, 0, true);
            assertThatThrownBy(() -> fetcher().fetch(moved.uri("/ok"), site)).hasMessageContaining("disallowed");
            assertThat(moved.requestsTo("/ok")).isEmpty();
        }
    }

    @Test
    void twoSitesOfOneHostCrawledAtOnceReadItsRobotsTxtOnce() throws Exception {
        try (LoopbackServer board = new LoopbackServer()) {
            board.route("/robots.txt", ex -> {
                sleep(300); // the second site asks while the first one's download is still on its way
                send(ex, 200, "text/plain", "User-agent: *\n".getBytes(StandardCharsets.UTF_8));
            }).route("/a", ex -> html(ex, 200, "<p>a</p>")).route("/b", ex -> html(ex, 200, "<p>b</p>"));
            JsoupFetcher fetcher = fetcher();
            ExecutorService sites = Executors.newFixedThreadPool(2);
            try {
                Future<RawPage> a = sites.submit(() -> fetcher.fetch(board.uri("/a"),
                        new SiteProfile("a", List.of(board.uri("/")), "a", "", Map.of(), 1, 10, 0, true)));
                Future<RawPage> b = sites.submit(() -> fetcher.fetch(board.uri("/b"),
                        new SiteProfile("b", List.of(board.uri("/")), "a", "", Map.of(), 1, 10, 0, true)));
                a.get(10, TimeUnit.SECONDS);
                b.get(10, TimeUnit.SECONDS);
            } finally {
                sites.shutdownNow();
            }
            assertThat(board.requestsTo("/robots.txt")).hasSize(1);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void readsRobotsTxtOncePerHost() {
        JsoupFetcher fetcher = fetcher();
        for (int i = 0; i < 3; i++) {
            fetcher.fetch(server.uri("/ok"), site(true));
        }
        assertThat(server.requestsTo("/robots.txt")).hasSize(1);
        assertThat(server.requestsTo("/ok")).hasSize(3);
    }

    @Test
    void waitsTheProfilesDelayBetweenRequestsToOneHost() {
        JsoupFetcher fetcher = fetcher();
        fetcher.fetch(server.uri("/ok"), site(true, 250));
        fetcher.fetch(server.uri("/ok"), site(true, 250));
        // robots.txt, then the page 250 ms later, then the page again 250 ms later
        assertThat(clock.sleeps()).containsExactly(250L, 250L);
    }

    @Test
    void aProfileDelayTooLongToAddToTheClockIsCappedNotLost() {
        JsoupFetcher fetcher = fetcher();
        fetcher.fetch(server.uri("/ok"), site(true, Long.MAX_VALUE));
        fetcher.fetch(server.uri("/ok"), site(true, Long.MAX_VALUE));
        // robots.txt, then the page, then the page again: each after the longest pause, never back to back
        assertThat(clock.sleeps()).containsExactly(Defaults.MAX_CRAWL_DELAY_MILLIS, Defaults.MAX_CRAWL_DELAY_MILLIS);
    }

    @Test
    void honoursCrawlDelayUpToTheCap() {
        robotsTxt = "User-agent: *\nCrawl-delay: 2\n";
        JsoupFetcher fetcher = fetcher();
        fetcher.fetch(server.uri("/ok"), site(true));
        fetcher.fetch(server.uri("/ok"), site(true));
        assertThat(clock.sleeps()).containsExactly(2_000L);

        try (LoopbackServer slow = new LoopbackServer()) {
            slow.route("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nCrawl-delay: 120\n".getBytes(StandardCharsets.UTF_8)))
                    .route("/ok", ex -> html(ex, 200, "fine"));
            SiteProfile site = new SiteProfile("slow", List.of(slow.uri("/")), "a", "", Map.of(), 1, 10, 0, true);
            FakeClock slowClock = new FakeClock();
            JsoupFetcher capped = new JsoupFetcher(Defaults.USER_AGENT, slowClock);
            capped.fetch(slow.uri("/ok"), site);
            capped.fetch(slow.uri("/ok"), site);
            assertThat(slowClock.sleeps()).containsExactly(Defaults.MAX_CRAWL_DELAY_MILLIS);
        }
    }

    @Test
    void sendsOneRequestAtATimeToAHost() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        server.route("/slow", ex -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20); // long enough for a second request to overlap, if one were let through
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            html(ex, 200, "done");
        });
        JsoupFetcher fetcher = new JsoupFetcher(); // real time; the profile asks for no delay
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<RawPage>> pages = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                pages.add(pool.submit(() -> fetcher.fetch(server.uri("/slow"), site(true))));
            }
            for (Future<RawPage> page : pages) {
                assertThat(page.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.requestsTo("/slow")).hasSize(8);
        assertThat(most.get()).isEqualTo(1);
    }

    @Test
    void retriesAfterAServerErrorWithBackoff() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/flaky", ex -> html(ex, calls.incrementAndGet() == 1 ? 500 : 200, "<p>second time lucky</p>"));
        RawPage page = fetcher().fetch(server.uri("/flaky"), site(true));
        assertThat(page.status()).isEqualTo(200);
        assertThat(calls.get()).isEqualTo(2);
        assertThat(clock.sleeps()).containsExactly(Defaults.BACKOFF_MILLIS);
    }

    @Test
    void backsOffExponentiallyThenGivesUp() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/down", ex -> {
            calls.incrementAndGet();
            html(ex, 503, "down");
        });
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/down"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining(server.uri("/down").toString())
                .hasMessageContaining("HTTP 503").hasMessageContaining("after " + Defaults.MAX_RETRIES + " retries");
        assertThat(calls.get()).isEqualTo(Defaults.MAX_RETRIES + 1);
        long b = Defaults.BACKOFF_MILLIS;
        assertThat(clock.sleeps()).containsExactly(b, 2 * b, 4 * b);
    }

    @Test
    void honoursRetryAfterOn429() {
        AtomicInteger calls = new AtomicInteger();
        server.route("/busy", ex -> {
            if (calls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "7");
                html(ex, 429, "slow down");
            } else {
                html(ex, 200, "<p>thanks for waiting</p>");
            }
        });
        RawPage page = fetcher().fetch(server.uri("/busy"), site(true));
        assertThat(page.status()).isEqualTo(200);
        assertThat(clock.sleeps()).containsExactly(7_000L);
    }

    @Test
    void givesUpOnARetryAfterLongerThanItWaits() {
        server.route("/later", ex -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            html(ex, 503, "come back in an hour");
        });
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/later"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("Retry-After of 3600 s");
        assertThat(server.requestsTo("/later")).hasSize(1);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void givesUpOnARetryAfterTooLongToParse() {
        server.route("/never", ex -> {
            ex.getResponseHeaders().set("Retry-After", "999999999999999999999");
            html(ex, 503, "come back never");
        });
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/never"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining(server.uri("/never").toString())
                .hasMessageContaining("Retry-After of 999999999999999999999 s");
        assertThat(server.requestsTo("/never")).hasSize(1);
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void followsARedirectOnTheSameHost() {
        server.route("/moved", ex -> redirect(ex, "/ok"));
        RawPage page = fetcher().fetch(server.uri("/moved"), site(true));
        assertThat(page.url()).isEqualTo(server.uri("/ok"));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("fine");
    }

    @Test
    void stopsARedirectLoop() {
        server.route("/loop", ex -> redirect(ex, "/loop"));
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/loop"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("more than 5 redirects");
        assertThat(server.requestsTo("/loop")).hasSize(Defaults.MAX_REDIRECTS + 1);
    }

    @Test
    void refusesARedirectToCloudMetadataEvenOnASiteAllowedItsPrivateNetwork() {
        server.route("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/to-metadata"), site(true)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("refused redirect from " + server.uri("/to-metadata"))
                .hasMessageContaining("169.254.169.254").hasMessageContaining("link-local");
    }

    @Test
    void refusesARedirectFromTheAllowedHostToAnotherLoopbackHost() {
        // the profile allows loopback for its own host, 127.0.0.1; "localhost" is another host that it does not cover
        server.route("/to-localhost", ex -> redirect(ex, "http://localhost:" + server.port() + "/ok"));
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/to-localhost"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("refused redirect")
                .hasMessageContaining("loopback");
        assertThat(server.requestsTo("/ok")).isEmpty();
    }

    @Test
    void refusesTheLoopbackSiteWhenTheProfileDoesNotAllowIt() {
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/ok"), site(false)))
                .isInstanceOf(FetchException.class).hasMessageContaining("loopback");
        assertThat(server.requestsTo("/robots.txt")).isEmpty();
    }

    @Test
    void saysInWordsThatASiteRefusesConnections() {
        URI closed = server.uri("/ok");
        server.close();
        assertThatThrownBy(() -> fetcher().fetch(closed, site(true)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("cannot fetch " + closed.resolve("/robots.txt") + ": connection refused")
                .hasMessageNotContaining("null");
    }

    @Test
    void reportsAnHttpError() {
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/gone"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("HTTP 404");
    }

    @Test
    void refusesA50MbPageByItsContentLength() {
        server.route("/huge", ex -> LoopbackServer.huge(ex, FIFTY_MB, true));
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/huge"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining(server.uri("/huge").toString())
                .hasMessageContaining("50.0 MB").hasMessageContaining("larger than the limit of 5.0 MB");
    }

    @Test
    void refusesA50MbPageThatDoesNotSayItsLength() {
        server.route("/huge", ex -> LoopbackServer.huge(ex, FIFTY_MB, false));
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/huge"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("larger than the limit of 5.0 MB");
    }

    @Test
    void refusesAGzipBomb() {
        byte[] bomb = LoopbackServer.gzipOfSpaces(FIFTY_MB);
        assertThat(bomb.length).isLessThan(Defaults.MAX_BODY_BYTES / 10);
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html", bomb);
        });
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/bomb"), site(true)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("larger than the limit of 5.0 MB once decompressed (Content-Encoding gzip)");
    }

    @Test
    void refusesAPageThatTricklesInAndServesTheHostAgainAfterwards() {
        server.route("/trickle", ex -> LoopbackServer.trickle(ex, 100));
        JsoupFetcher fetcher = new JsoupFetcher(Defaults.USER_AGENT, clock, Duration.ofSeconds(1));
        long start = System.nanoTime();
        assertThatThrownBy(() -> fetcher.fetch(server.uri("/trickle"), site(true)))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("refused " + server.uri("/trickle") + ": its answer took longer than 1 s");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        // the host's turn is free again: its other pages are fetched
        assertThat(fetcher.fetch(server.uri("/ok"), site(true)).status()).isEqualTo(200);
    }

    @Test
    void refusesAnAnswerWhoseHeadersTrickleIn() {
        // each byte well within jsoup's timeout, the whole headers far beyond the deadline
        assertRefusedAtTheDeadline(HandWrittenServer.trickledHeaders(50));
    }

    @Test
    void refusesAnAnswerWhoseBodyStalls() {
        assertRefusedAtTheDeadline(HandWrittenServer.stalledBody("Content-Length: 100\r\n",
                "<p>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAGzipAnswerThatStallsBeforeItsFirstByte() {
        // jsoup reads a gzip body's header itself, before it hands the answer over
        assertRefusedAtTheDeadline(HandWrittenServer.stalledBody("Content-Encoding: gzip\r\nContent-Length: 100\r\n",
                new byte[0]));
    }

    /** The answer is refused in one line naming its URL, and the host's other pages are fetched after it. */
    private void assertRefusedAtTheDeadline(HandWrittenServer.Answer answer) {
        try (HandWrittenServer hostile = new HandWrittenServer()) {
            hostile.route("/slow", answer).route("/ok", HandWrittenServer.page("<p>fine</p>"));
            SiteProfile site = new SiteProfile("hostile", List.of(hostile.uri("/")), "a", "", Map.of(), 1, 10, 0, true);
            JsoupFetcher fetcher = new JsoupFetcher(Defaults.USER_AGENT, clock, Duration.ofMillis(500));
            assertThatThrownBy(() -> fetcher.fetch(hostile.uri("/slow"), site))
                    .isInstanceOf(FetchException.class)
                    .hasMessage("refused " + hostile.uri("/slow") + ": its answer took longer than 500 ms to arrive; "
                            + "a server that trickles or stalls is not waited for");
            assertThat(fetcher.fetch(hostile.uri("/ok"), site).status()).isEqualTo(200);
        }
    }

    @Test
    void refusesAnImageNamingItsContentType() {
        server.route("/logo.png", ex -> send(ex, 200, "image/png", randomBytes()));
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/logo.png"), site(true)))
                .isInstanceOf(FetchException.class)
                .hasMessage("refused " + server.uri("/logo.png") + ": its Content-Type image/png is not HTML "
                        + "(text/html or application/xhtml+xml)");
    }

    @Test
    void sniffsAPageWithoutContentType() {
        server.route("/blob", ex -> LoopbackServer.sendUntyped(ex, randomBytes()));
        server.route("/bare-html", ex -> LoopbackServer.sendUntyped(ex, "<p>an ad</p>".getBytes(StandardCharsets.UTF_8)));
        server.route("/xhtml", ex -> send(ex, 200, "application/xhtml+xml; charset=utf-8",
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><p>an ad</p></html>".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/blob"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining(server.uri("/blob").toString())
                .hasMessageContaining("no Content-Type").hasMessageContaining("NUL bytes");
        assertThat(fetcher().fetch(server.uri("/bare-html"), site(true)).status()).isEqualTo(200);
        assertThat(fetcher().fetch(server.uri("/xhtml"), site(true)).status()).isEqualTo(200);
    }

    /** @return bytes as an image holds them, NUL bytes among them */
    private static byte[] randomBytes() {
        byte[] bytes = new byte[4096];
        new java.util.Random(42).nextBytes(bytes);
        bytes[8] = 0;
        return bytes;
    }

    @Test
    void decompressesAGzippedPage() {
        byte[] gzipped = LoopbackServer.gzip("<p>packed small</p>".getBytes(StandardCharsets.UTF_8));
        server.route("/packed", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html; charset=utf-8", gzipped);
        });
        RawPage page = fetcher().fetch(server.uri("/packed"), site(true));
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo("<p>packed small</p>");
    }

    @Test
    void sendsAUserAgentNamingRedflagAndTheContact() {
        JsoupFetcher.withContact("https://ngo.example/crawler").fetch(server.uri("/ok"), site(true));
        for (String path : List.of("/robots.txt", "/ok")) {
            assertThat(server.requestsTo(path).get(0).headers().getFirst("User-Agent"))
                    .startsWith("Redflag/").contains("+https://ngo.example/crawler");
        }
    }

    @Test
    void refusesAContactThatIsNotAUrlToReachSomeone() {
        assertThatThrownBy(() -> Defaults.userAgent("ftp://ngo.example/")).isInstanceOf(RedflagException.class)
                .hasMessageContaining("http, https or mailto");
        assertThatThrownBy(() -> Defaults.userAgent("https://ngo.example/\r\nX-Evil: 1"))
                .isInstanceOf(RedflagException.class);
        assertThat(Defaults.userAgent("mailto:crawler@ngo.example")).contains("mailto:crawler@ngo.example");
    }

    @Test
    void anUnchangedPageIsNotDownloadedAgain() {
        String etag = "\"v1\"";
        String lastModified = "Wed, 21 Oct 2026 07:28:00 GMT";
        server.route("/ad", ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            ex.getResponseHeaders().set("ETag", etag);
            ex.getResponseHeaders().set("Last-Modified", lastModified);
            html(ex, 200, "<p>the ad</p>");
        });
        JsoupFetcher fetcher = fetcher();
        RawPage first = fetcher.fetch(server.uri("/ad"), site(true));
        assertThat(first.status()).isEqualTo(200);
        Validators known = Validators.of(first);
        assertThat(known).isEqualTo(new Validators(etag, lastModified));

        RawPage again = fetcher.fetch(server.uri("/ad"), site(true), known);
        assertThat(again.notModified()).isTrue();
        assertThat(again.body()).isEmpty();
        assertThat(Validators.of(again)).isEqualTo(known);
        LoopbackServer.Request conditional = server.requestsTo("/ad").get(1);
        assertThat(conditional.headers().getFirst("If-None-Match")).isEqualTo(etag);
        assertThat(conditional.headers().getFirst("If-Modified-Since")).isEqualTo(lastModified);
    }

    @Test
    void aChangedPageComesBackWholeWithNewValidators() {
        server.route("/ad", ex -> {
            ex.getResponseHeaders().set("ETag", "\"v2\"");
            html(ex, 200, "<p>the new ad</p>");
        });
        RawPage page = fetcher().fetch(server.uri("/ad"), site(true), new Validators("\"v1\"", ""));
        assertThat(page.notModified()).isFalse();
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("the new ad");
        assertThat(page.etag()).isEqualTo("\"v2\"");
    }

    @Test
    void a304ToAnOrdinaryRequestIsAnError() {
        server.route("/confused", ex -> ex.sendResponseHeaders(304, -1));
        assertThatThrownBy(() -> fetcher().fetch(server.uri("/confused"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("HTTP 304 to a request that was not conditional");
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        long now = java.time.ZonedDateTime.parse("2026-10-21T07:27:55Z").toInstant().toEpochMilli();
        assertThat(JsoupFetcher.retryAfter("3", 10, now)).isEqualTo(3000);
        assertThat(JsoupFetcher.retryAfter("Wed, 21 Oct 2026 07:28:00 GMT", 10, now)).isEqualTo(5000);
        assertThat(JsoupFetcher.retryAfter("not a date", 10, now)).isEqualTo(10);
        assertThat(JsoupFetcher.retryAfter(null, 10, now)).isEqualTo(10);
        assertThat(JsoupFetcher.retryAfter("99999999999999999", 10, now)).isEqualTo(Long.MAX_VALUE);
        assertThat(JsoupFetcher.retryAfter("999999999999999999999", 10, now)).isEqualTo(Long.MAX_VALUE);
        assertThat(JsoupFetcher.retryAfter("-3", 10, now)).isZero();
    }

    @Test
    void aRobotsTxtThatCouldNotBeReadIsAskedForAgainAfterAWhile() {
        AtomicInteger robotsCalls = new AtomicInteger();
        try (LoopbackServer flaky = new LoopbackServer()) {
            flaky.route("/robots.txt", ex -> {
                if (robotsCalls.incrementAndGet() == 1) {
                    html(ex, 500, "oops");
                } else {
                    send(ex, 200, "text/plain", "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.UTF_8));
                }
            }).route("/ok", ex -> html(ex, 200, "fine"));
            SiteProfile site = new SiteProfile("flaky", List.of(flaky.uri("/")), "a", "", Map.of(), 1, 10, 0, true);
            JsoupFetcher fetcher = fetcher();
            assertThatThrownBy(() -> fetcher.fetch(flaky.uri("/ok"), site)).hasMessageContaining("HTTP 500");
            clock.advance(Defaults.ROBOTS_ERROR_CACHE_TIME.toMillis());
            assertThat(fetcher.fetch(flaky.uri("/ok"), site).status()).isEqualTo(200);
            assertThat(robotsCalls.get()).isEqualTo(2);
        }
    }
}
