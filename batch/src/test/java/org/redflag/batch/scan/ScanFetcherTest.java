package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
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
import org.redflag.scrape.jsoup.JsoupFetcher;

/**
 * Within one scan, a page that failed is not fetched again by another site that lists it, unless the other site may
 * reach where it leads: a site allowed the private host a page redirects to.
 */
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

    @Test
    void aSiteAllowedThePrivateHostAPageRedirectsToReadsItAfterASiteRefusedTheRedirect() throws IOException {
        HttpServer server = loopbackServer();
        try {
            int port = server.getAddress().getPort();
            URI moved = URI.create("http://localhost:" + port + "/moved");
            Queue<String> asked = answer(server, "/moved", "http://127.0.0.1:" + port + "/ad");
            ScanFetcher fetcher = new ScanFetcher(new JsoupFetcher());

            assertThatThrownBy(() -> fetcher.fetch(moved, onLocalhost(port))).isInstanceOf(FetchException.class)
                    .hasMessageContaining("refused redirect from " + moved + " to http://127.0.0.1:" + port + "/ad");
            RawPage page = fetcher.fetch(moved, onLocalhostAnd127(port));
            assertThat(page.url()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/ad"));
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("the ad");
            assertThat(asked).containsExactly("/moved", "/moved", "/ad");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSiteRefusedTheRedirectSaysSoAfterASiteAllowedItsPrivateHostFailedThere() throws IOException {
        HttpServer server = loopbackServer();
        try {
            int port = server.getAddress().getPort();
            URI moved = URI.create("http://localhost:" + port + "/moved");
            answer(server, "/moved", "http://127.0.0.1:" + port + "/gone");
            ScanFetcher fetcher = new ScanFetcher(new JsoupFetcher());

            assertThatThrownBy(() -> fetcher.fetch(moved, onLocalhostAnd127(port))).isInstanceOf(FetchException.class)
                    .hasMessage("cannot fetch http://127.0.0.1:" + port + "/gone: HTTP 404");
            assertThatThrownBy(() -> fetcher.fetch(moved, onLocalhost(port))).isInstanceOf(FetchException.class)
                    .hasMessageContaining("refused redirect from " + moved + " to http://127.0.0.1:" + port + "/gone");
        } finally {
            server.stop(0);
        }
    }

    /** A board on loopback, allowed its private network for localhost only: 127.0.0.1 is another host. */
    private static SiteProfile onLocalhost(int port) {
        return new SiteProfile("localhost", List.of(URI.create("http://localhost:" + port + "/")), "a", "", Map.of(), 1,
                10, 0, true);
    }

    /** The same board, listed by a profile that is allowed 127.0.0.1 too. */
    private static SiteProfile onLocalhostAnd127(int port) {
        return new SiteProfile("both", List.of(URI.create("http://localhost:" + port + "/"),
                URI.create("http://127.0.0.1:" + port + "/")), "a", "", Map.of(), 1, 10, 0, true);
    }

    private static HttpServer loopbackServer() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
        return server;
    }

    /**
     * Serves {@code /ad}, redirects {@code from} to {@code to}, and answers 404 to anything else (robots.txt too).
     *
     * @return the paths asked for, robots.txt left out
     */
    private static Queue<String> answer(HttpServer server, String from, String to) {
        Queue<String> asked = new ConcurrentLinkedQueue<>();
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            if (!path.equals("/robots.txt")) {
                asked.add(path);
            }
            if (path.equals(from)) {
                ex.getResponseHeaders().set("Location", to);
                ex.sendResponseHeaders(302, -1);
            } else if (path.equals("/ad")) {
                send(ex, 200, "<html><body><p>the ad</p></body></html>");
            } else {
                send(ex, 404, "no such page");
            }
            ex.close();
        });
        return asked;
    }

    private static void send(HttpExchange ex, int status, String html) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
