package org.redflag.scrape.jsoup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redflag.scrape.jsoup.LoopbackServer.html;
import static org.redflag.scrape.jsoup.LoopbackServer.redirect;
import static org.redflag.scrape.jsoup.LoopbackServer.send;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.scrape.CrawlMemory;
import org.redflag.scrape.Defaults;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.SiteCrawler.CrawlReport;

/** Crawls a small board served on loopback, with hostile pages among the ads. */
class SiteCrawlerTest {

    private static final String MAIN_TEXT = "Seasonal fruit pickers wanted near Almeria for the spring harvest; "
            + "transport from the town square every morning, paid weekly.";

    private final LoopbackServer server = new LoopbackServer();
    private final FakeClock clock = new FakeClock();

    @AfterEach
    void stop() {
        server.close();
    }

    private SiteProfile site() {
        return new SiteProfile("board", List.of(server.uri("/jobs")), "a.ad", "", Map.of(), 5, 100, 0, true);
    }

    private SiteCrawler crawler(CrawlMemory memory) {
        return new SiteCrawler(new JsoupFetcher(Defaults.USER_AGENT, clock), new JsoupAdExtractor(), memory);
    }

    private void listing(String... paths) {
        StringBuilder sb = new StringBuilder("<html><body><h1>Jobs</h1><ul>");
        for (String p : paths) {
            sb.append("<li><a class=ad href=\"").append(p).append("\">").append(p).append("</a></li>");
        }
        sb.append("</ul></body></html>");
        String page = sb.toString();
        server.route("/jobs", ex -> html(ex, 200, page));
    }

    private static String article(String title, String text) {
        return "<html><head><title>" + title + "</title></head><body><nav>Home | Jobs</nav><article><h1>" + title
                + "</h1><p>" + text + "</p></article><footer>(c) board</footer></body></html>";
    }

    @Test
    void aFailingPageIsCountedAndReportedAndTheCrawlGoesOn() throws IOException {
        server.route("/robots.txt", ex -> send(ex, 200, "text/plain", "User-agent: *\nDisallow: /private/\n".getBytes(StandardCharsets.UTF_8)));
        server.route("/ad/loop", ex -> redirect(ex, "/ad/loop"));
        server.route("/ad/metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/iam/"));
        server.route("/ad/huge", ex -> LoopbackServer.huge(ex, 50L * 1024 * 1024, false));
        byte[] bomb = LoopbackServer.gzipOfSpaces(50 * 1024 * 1024);
        server.route("/ad/bomb", ex -> {
            ex.getResponseHeaders().set("Content-Encoding", "gzip");
            send(ex, 200, "text/html", bomb);
        });
        server.route("/ad/gone", ex -> html(ex, 404, "gone"));
        byte[] png = new byte[2048];
        new java.util.Random(7).nextBytes(png);
        server.route("/ad/photo", ex -> send(ex, 200, "image/png", png));
        server.route("/private/ad", ex -> html(ex, 200, article("Hidden", MAIN_TEXT)));

        byte[] full = resource("jsonld.html");
        server.route("/ad/full", ex -> send(ex, 200, "text/html; charset=utf-8", full));
        server.route("/ad/partial", ex -> html(ex, 200, "<html><head><script type=\"application/ld+json\">"
                + "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Domestic helper\","
                + "\"description\":\"Live-in domestic helper for a family in Dubai. Visa and flight arranged by the agency.\","
                + "\"hiringOrganization\":null,\"jobLocation\":[],\"baseSalary\":{}}</script></head><body></body></html>"));
        byte[] noAd = resource("noad.html");
        server.route("/ad/noad", ex -> send(ex, 200, "text/html", noAd));
        server.route("/ad/broken", ex -> html(ex, 200, "<html><head><title>Pickers<body><div class=x><article><h1>Fruit pickers</h1>"
                + "<p>" + MAIN_TEXT + " <b>Accommodation <i>provided</td></tr></table></span><p>Bring boots</b> <p>and a hat"));
        server.route("/ad/bom", ex -> {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            body.write(article("Kitchen porter", "Kitchen porter for a hotel in Münster, " + MAIN_TEXT)
                    .getBytes(StandardCharsets.UTF_8));
            send(ex, 200, "text/html; charset=ISO-8859-1", body.toByteArray());
        });
        server.route("/ad/meta", ex -> send(ex, 200, "text/html", article("Barista", "Barista for a café, " + MAIN_TEXT)
                .replace("<head>", "<head><meta charset=\"windows-1252\">").getBytes(Charset.forName("windows-1252"))));
        AtomicInteger flakyCalls = new AtomicInteger();
        server.route("/ad/flaky", ex -> html(ex, flakyCalls.incrementAndGet() == 1 ? 500 : 200, article("Driver", MAIN_TEXT)));
        AtomicInteger busyCalls = new AtomicInteger();
        server.route("/ad/busy", ex -> {
            if (busyCalls.incrementAndGet() == 1) {
                ex.getResponseHeaders().set("Retry-After", "1");
                html(ex, 429, "slow down");
            } else {
                html(ex, 200, article("Packer", MAIN_TEXT));
            }
        });
        List<String> failing = List.of("/ad/loop", "/ad/metadata", "/ad/huge", "/ad/bomb", "/ad/gone", "/private/ad",
                "/ad/photo");
        List<String> paths = new ArrayList<>(failing);
        paths.addAll(List.of("/ad/full", "/ad/partial", "/ad/noad", "/ad/broken", "/ad/bom", "/ad/meta", "/ad/flaky",
                "/ad/busy", "https://elsewhere.example/ad/1"));
        listing(paths.toArray(String[]::new));

        List<JobAd> found = new ArrayList<>();
        CrawlReport report = crawler(CrawlMemory.inMemory()).crawl(site(), found::add);

        assertThat(report.listingPages()).isEqualTo(1);
        assertThat(report.adPages()).isEqualTo(8);  // a page refused for its Content-Type is a failure, not an ad page
        assertThat(report.ads()).isEqualTo(7);
        assertThat(report.noAd()).isEqualTo(1);
        assertThat(report.unchanged()).isZero();
        assertThat(report.failures()).hasSize(failing.size());
        for (int i = 0; i < failing.size(); i++) {
            assertThat(report.failures().get(i)).contains(server.uri(failing.get(i)).toString()).doesNotContain("\n");
        }
        assertThat(report.failures().get(1)).contains("169.254.169.254").contains("link-local");
        assertThat(report.failures().get(3)).contains("once decompressed");
        assertThat(report.failures().get(5)).contains("robots.txt");
        assertThat(report.failures().get(6)).contains("image/png is not HTML");
        assertThat(server.requestsTo("/private/ad")).isEmpty();

        assertThat(found).extracting(JobAd::title).containsExactly("Warehouse operative", "Domestic helper",
                "Fruit pickers", "Kitchen porter", "Barista", "Driver", "Packer");
        JobAd partial = found.get(1);
        assertThat(partial.description()).startsWith("Live-in domestic helper");
        assertThat(partial.employer()).isEmpty();
        assertThat(partial.location()).isEmpty();
        assertThat(partial.salary()).isEmpty();
        assertThat(found.get(2).description()).contains(MAIN_TEXT).contains("Accommodation provided")
                .contains("Bring boots").contains("and a hat");
        assertThat(found.get(3).description()).contains("Münster");
        assertThat(found.get(4).description()).contains("café");
        assertThat(clock.sleeps()).contains(Defaults.BACKOFF_MILLIS, 1_000L);
    }

    @Test
    void aSecondCrawlHandsOnOnlyWhatChanged() {
        String etag = "\"ad-1\"";
        AtomicInteger notModified = new AtomicInteger();
        server.route("/ad/etag", ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().set("ETag", etag);
                html(ex, 200, article("Welder", MAIN_TEXT));
            }
        });
        server.route("/ad/plain", ex -> html(ex, 200, article("Cook", MAIN_TEXT)));
        AtomicInteger edits = new AtomicInteger();
        server.route("/ad/changing", ex -> html(ex, 200, article("Nanny", MAIN_TEXT + " Edit " + edits.incrementAndGet())));
        listing("/ad/etag", "/ad/plain", "/ad/changing");
        CrawlMemory memory = CrawlMemory.inMemory();

        List<JobAd> first = new ArrayList<>();
        CrawlReport one = crawler(memory).crawl(site(), first::add);
        assertThat(one.ads()).isEqualTo(3);
        assertThat(one.unchanged()).isZero();

        List<JobAd> second = new ArrayList<>();
        CrawlReport two = crawler(memory).crawl(site(), second::add);
        assertThat(second).extracting(JobAd::title).containsExactly("Nanny");
        assertThat(two.ads()).isEqualTo(1);
        assertThat(two.unchanged()).isEqualTo(2);
        assertThat(two.adPages()).isEqualTo(3);
        assertThat(two.failures()).isEmpty();
        assertThat(notModified.get()).isEqualTo(1);
        assertThat(server.requestsTo("/ad/plain").get(1).headers().containsKey("If-None-Match")).isFalse();
    }

    @Test
    void anAdPageThatTwoSitesListIsFoundByEachSiteAndRememberedForEach() {
        server.route("/ad/shared", ex -> html(ex, 200, article("Welder", MAIN_TEXT)));
        listing("/ad/shared");
        SiteProfile other = new SiteProfile("other-board", List.of(server.uri("/jobs")), "a.ad", "", Map.of(), 5, 100, 0,
                true);
        CrawlMemory memory = CrawlMemory.inMemory();
        List<JobAd> found = new ArrayList<>();

        assertThat(crawler(memory).crawl(site(), found::add).ads()).isEqualTo(1);
        CrawlReport second = crawler(memory).crawl(other, found::add);

        assertThat(second.ads()).as("new to the other site, not unchanged").isEqualTo(1);
        assertThat(second.unchanged()).isZero();
        assertThat(found).extracting(JobAd::source).containsExactly("board", "other-board");
        assertThat(found).extracting(JobAd::id).doesNotHaveDuplicates();
        assertThat(crawler(memory).crawl(site(), found::add).unchanged()).isEqualTo(1);
        assertThat(crawler(memory).crawl(other, found::add).unchanged()).isEqualTo(1);
        assertThat(found).hasSize(2);
    }

    @Test
    void aSiteWhoseRobotsTxtIsDownIsReportedNotCrawled() {
        server.route("/robots.txt", ex -> html(ex, 503, "down for maintenance"));
        listing("/ad/plain");
        CrawlReport report = crawler(CrawlMemory.inMemory()).crawl(site(), ad -> { });
        assertThat(report.listingPages()).isZero();
        assertThat(report.failures()).singleElement().asString().contains(server.uri("/jobs").toString())
                .contains("HTTP 503");
        assertThat(server.requestsTo("/jobs")).isEmpty();
    }

    @Test
    void aListingPageWhoseAdLinksCannotBeSelectedIsAFailedPageTellingWhyWithoutAJavaClassName() {
        listing("/ad/plain");
        server.route("/ad/plain", ex -> html(ex, 200, article("Welder", MAIN_TEXT)));
        SiteProfile noAdLinks = new SiteProfile("board", List.of(server.uri("/jobs")), "", "", Map.of(), 5, 100, 0, true);

        CrawlReport report = crawler(CrawlMemory.inMemory()).crawl(noAdLinks, ad -> { });

        assertThat(report.listingPages()).as("a listing page it could not read: the site fails").isZero();
        assertThat(report.failures()).singleElement().asString().contains(server.uri("/jobs").toString())
                .contains("adLinks").doesNotContain("Exception");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SiteCrawlerTest.class.getResourceAsStream("/pages/" + name)) {
            return in.readAllBytes();
        }
    }
}
