package org.redflag.scrape.jsoup;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import crawlercommons.robots.BaseRobotRules;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.redflag.ad.RawPage;
import org.redflag.scrape.Defaults;
import org.redflag.scrape.FetchException;
import org.redflag.scrape.Fetcher;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.UrlFilter;
import org.redflag.scrape.robots.RobotsPolicy;

/**
 * Fetches pages with jsoup: robots.txt obeyed (its Crawl-delay too, up to a cap), timeouts, a bounded
 * body, redirects followed by hand (each hop checked by {@link UrlFilter}), a pause between requests to the same host, and retries with exponential
 * backoff on 429 and 5xx that honour Retry-After.
 */
public final class JsoupFetcher implements Fetcher {

    private final String userAgent;
    private final Map<String, Long> nextAllowedByHost = new ConcurrentHashMap<>();
    private final RobotsPolicy robots;

    /** A fetcher with the default User-Agent. */
    public JsoupFetcher() {
        this(Defaults.USER_AGENT);
    }

    /** @param userAgent the User-Agent to send; name the operator and a contact URL */
    public JsoupFetcher(String userAgent) {
        this.userAgent = userAgent;
        this.robots = new RobotsPolicy("redflag", this::downloadRobots);
    }

    private RobotsPolicy.RobotsResponse downloadRobots(URI robotsUrl) {
        try {
            Connection.Response r = execute(robotsUrl);
            return new RobotsPolicy.RobotsResponse(r.statusCode(), r.bodyAsBytes(), r.contentType());
        } catch (FetchException e) {
            return new RobotsPolicy.RobotsResponse(0, new byte[0], "");
        }
    }

    @Override
    public RawPage fetch(URI url, SiteProfile profile) {
        URI current = url;
        for (int hop = 0; hop <= Defaults.MAX_REDIRECTS; hop++) {
            UrlFilter.check(current, profile.allowPrivateNetwork());
            BaseRobotRules rules = robots.rulesFor(current);
            if (!rules.isAllowed(current.toString())) {
                throw new FetchException("refused " + current + ": disallowed by the site's robots.txt");
            }
            long delay = profile.delayMillis();
            if (rules.getCrawlDelay() > 0) {
                delay = Math.max(delay, Math.min(rules.getCrawlDelay(), Defaults.MAX_CRAWL_DELAY_MILLIS));
            }
            Connection.Response response = executeWithRetries(current, delay);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.hasHeader("Location")) {
                current = current.resolve(response.header("Location"));
                continue;
            }
            if (status >= 400) {
                throw new FetchException("cannot fetch " + current + ": HTTP " + status);
            }
            return new RawPage(current, status, response.contentType(), response.bodyAsBytes(), Instant.now());
        }
        throw new FetchException("cannot fetch " + url + ": more than " + Defaults.MAX_REDIRECTS + " redirects");
    }

    private Connection.Response executeWithRetries(URI url, long delay) {
        long backoff = Defaults.BACKOFF_MILLIS;
        for (int attempt = 0; ; attempt++) {
            waitForTurn(url.getHost(), delay);
            Connection.Response response = execute(url);
            int status = response.statusCode();
            boolean retriable = status == 429 || status >= 500;
            if (!retriable || attempt >= Defaults.MAX_RETRIES) {
                return response;
            }
            long wait = retryAfter(response.header("Retry-After"), backoff);
            if (wait > Defaults.MAX_RETRY_AFTER_MILLIS) {
                throw new FetchException("cannot fetch " + url + ": HTTP " + status + " and Retry-After of "
                        + wait / 1000 + " s is longer than we wait");
            }
            sleep(wait);
            backoff *= 2;
        }
    }

    private Connection.Response execute(URI url) {
        try {
            return Jsoup.connect(url.toString())
                    .userAgent(userAgent)
                    .timeout((int) Defaults.TIMEOUT.toMillis())
                    .maxBodySize(Defaults.MAX_BODY_BYTES)
                    .followRedirects(false)
                    .ignoreHttpErrors(true)
                    .ignoreContentType(true)
                    .execute();
        } catch (SocketTimeoutException e) {
            throw new FetchException("cannot fetch " + url + ": timed out after " + Defaults.TIMEOUT.toSeconds() + " s", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException("cannot fetch " + url + ": " + e.getMessage(), e);
        }
    }

    static long retryAfter(String header, long fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(0, Long.parseLong(header.strip())) * 1000;
        } catch (NumberFormatException e) {
            try {
                var when = java.time.ZonedDateTime.parse(header.strip(), java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                return Math.max(0, when.toInstant().toEpochMilli() - System.currentTimeMillis());
            } catch (java.time.format.DateTimeParseException e2) {
                return fallback;
            }
        }
    }

    /** One request at a time per host, {@code delay} apart. */
    private void waitForTurn(String host, long delay) {
        while (true) {
            long now = System.currentTimeMillis();
            Long next = nextAllowedByHost.get(host);
            if (next == null || next <= now) {
                if (next == null ? nextAllowedByHost.putIfAbsent(host, now + delay) == null
                        : nextAllowedByHost.replace(host, next, now + delay)) {
                    return;
                }
            } else {
                sleep(next - now);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting to fetch");
        }
    }
}
