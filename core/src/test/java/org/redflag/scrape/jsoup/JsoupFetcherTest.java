package org.redflag.scrape.jsoup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redflag.ad.RawPage;
import org.redflag.scrape.FetchException;
import org.redflag.scrape.SiteProfile;

/** Against a real HTTP server on loopback, serving ordinary and hostile answers. */
class JsoupFetcherTest {

    private HttpServer server;
    private URI base;
    private final AtomicInteger flakyCalls = new AtomicInteger();
    private final AtomicInteger busyCalls = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/robots.txt", ex -> send(ex, 200, "User-agent: *\nDisallow: /private/\n"));
        server.createContext("/ok", ex -> send(ex, 200, "<html><body>fine</body></html>"));
        server.createContext("/private/x", ex -> send(ex, 200, "secret"));
        server.createContext("/flaky", ex -> send(ex, flakyCalls.incrementAndGet() == 1 ? 500 : 200, "<p>second time lucky</p>"));
        server.createContext("/busy", ex -> {
            if (busyCalls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                send(ex, 429, "slow down");
            } else {
                send(ex, 200, "<p>thanks for waiting</p>");
            }
        });
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/gone", ex -> send(ex, 404, "no such ad"));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().set("Location", location);
        ex.sendResponseHeaders(302, -1);
        ex.close();
    }

    private SiteProfile site(boolean allowPrivate) {
        return new SiteProfile("test", List.of(base), "a", "", Map.of(), 1, 10, 0, allowPrivate);
    }

    @Test
    void fetchesAPage() {
        RawPage page = new JsoupFetcher().fetch(base.resolve("/ok"), site(true));
        assertThat(page.status()).isEqualTo(200);
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("fine");
    }

    @Test
    void obeysRobotsTxt() {
        assertThatThrownBy(() -> new JsoupFetcher().fetch(base.resolve("/private/x"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("robots.txt");
    }

    @Test
    void retriesAfterAServerError() {
        RawPage page = new JsoupFetcher().fetch(base.resolve("/flaky"), site(true));
        assertThat(page.status()).isEqualTo(200);
        assertThat(flakyCalls.get()).isEqualTo(2);
    }

    @Test
    void honoursRetryAfterOn429() {
        long start = System.nanoTime();
        RawPage page = new JsoupFetcher().fetch(base.resolve("/busy"), site(true));
        assertThat(page.status()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
    }

    @Test
    void stopsARedirectLoop() {
        assertThatThrownBy(() -> new JsoupFetcher().fetch(base.resolve("/loop"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("redirects");
    }

    @Test
    void refusesTheLoopbackSiteWhenTheProfileDoesNotAllowIt() {
        assertThatThrownBy(() -> new JsoupFetcher().fetch(base.resolve("/ok"), site(false)))
                .isInstanceOf(FetchException.class).hasMessageContaining("loopback");
    }

    @Test
    void reportsAnHttpError() {
        assertThatThrownBy(() -> new JsoupFetcher().fetch(base.resolve("/gone"), site(true)))
                .isInstanceOf(FetchException.class).hasMessageContaining("HTTP 404");
    }

    @Test
    void retryAfterReadsSecondsAndDates() {
        assertThat(JsoupFetcher.retryAfter("3", 10)).isEqualTo(3000);
        assertThat(JsoupFetcher.retryAfter("not a date", 10)).isEqualTo(10);
        assertThat(JsoupFetcher.retryAfter(null, 10)).isEqualTo(10);
    }
}
