package org.redflag.scrape.jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.redflag.ad.RawPage;
import org.redflag.scrape.Defaults;
import org.redflag.scrape.FetchException;
import org.redflag.scrape.Fetcher;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.UrlFilter;
import org.redflag.scrape.Validators;
import org.redflag.scrape.robots.RobotsPolicy;

/**
 * Fetches pages with jsoup: robots.txt obeyed (its Crawl-delay too, up to a cap), one request at a
 * time per host with a pause between requests, timeouts, a body bounded after decompression, each
 * request bounded in time as a whole ({@link RequestDeadline}), redirects followed by hand (each hop
 * checked by {@link UrlFilter} with its own host), retries with exponential backoff on 429 and 5xx that
 * honour Retry-After, and conditional GET. Only HTML pages are handed on ({@link PageType}). Thread-safe.
 */
public final class JsoupFetcher implements Fetcher {

    /** One answer, with its whole body read. */
    private record Answer(Connection.Response response, byte[] body) {
        int status() {
            return response.statusCode();
        }

        String header(String name) {
            String v = response.header(name);
            return v == null ? "" : v.strip();
        }
    }

    /** A Retry-After in seconds, of any length: a number too long to parse is a wait too long to honour. */
    private static final Pattern SECONDS = Pattern.compile("[+-]?[0-9]+");

    private final String userAgent;
    private final HostPacer pacer;
    private final RobotsPolicy robots;
    private final Duration maxRequestTime;

    /** A fetcher with the default User-Agent, {@link Defaults#USER_AGENT}. */
    public JsoupFetcher() {
        this(Defaults.USER_AGENT);
    }

    /** @param userAgent the User-Agent to send; see {@link Defaults#userAgent(String)} for one with your contact URL */
    public JsoupFetcher(String userAgent) {
        this(userAgent, HostPacer.Clock.SYSTEM);
    }

    JsoupFetcher(String userAgent, HostPacer.Clock clock) {
        this(userAgent, clock, Defaults.MAX_REQUEST_TIME);
    }

    /**
     * @param userAgent the User-Agent to send
     * @param clock paces requests; the request's deadline runs on real time, as it bounds a real server
     * @param maxRequestTime the longest one request may take, {@link Defaults#MAX_REQUEST_TIME} but in tests
     */
    JsoupFetcher(String userAgent, HostPacer.Clock clock, Duration maxRequestTime) {
        this.userAgent = userAgent;
        this.pacer = new HostPacer(clock);
        this.robots = new RobotsPolicy(Defaults.ROBOTS_AGENT, clock::millis);
        this.maxRequestTime = maxRequestTime;
    }

    /**
     * @param contactUrl where site operators can reach whoever runs the crawl
     * @return a fetcher whose User-Agent names Redflag and that contact
     */
    public static JsoupFetcher withContact(String contactUrl) {
        return new JsoupFetcher(Defaults.userAgent(contactUrl));
    }

    @Override
    public RawPage fetch(URI url, SiteProfile profile, Validators known) {
        URI current = url;
        URI from = null;
        for (int hop = 0; hop <= Defaults.MAX_REDIRECTS; hop++) {
            UrlFilter.check(current, profile.allowsPrivateNetworkFor(current), from);
            RobotsPolicy.HostRules rules = robots.rulesFor(current, robotsUrl -> downloadRobots(robotsUrl, profile));
            rules.refusal(current).ifPresent(why -> {
                throw new FetchException(why);
            });
            long delay = Math.max(profile.delayMillis(), Math.min(rules.crawlDelayMillis(), Defaults.MAX_CRAWL_DELAY_MILLIS));
            Answer answer = executeWithRetries(current, delay, known);
            int status = answer.status();
            if (status == 304) {
                if (known.isEmpty()) {
                    throw new FetchException("cannot fetch " + current + ": HTTP 304 to a request that was not conditional");
                }
                return new RawPage(current, 304, "", new byte[0], Instant.now(),
                        or(answer.header("ETag"), known.etag()), or(answer.header("Last-Modified"), known.lastModified()));
            }
            if (isRedirect(status)) {
                from = current;
                current = location(current, answer);
                continue;
            }
            if (status >= 300) {
                throw new FetchException("cannot fetch " + current + ": HTTP " + status);
            }
            PageType.requireHtml(current, answer.response().contentType(), answer.body());
            return new RawPage(current, status, answer.response().contentType(), answer.body(), Instant.now(),
                    answer.header("ETag"), answer.header("Last-Modified"));
        }
        throw new FetchException("cannot fetch " + url + ": more than " + Defaults.MAX_REDIRECTS + " redirects (the last to "
                + current + ")");
    }

    /** Fetches a robots.txt, following up to five redirects, each checked; never throws. */
    private RobotsPolicy.RobotsResponse downloadRobots(URI robotsUrl, SiteProfile profile) {
        URI current = robotsUrl;
        URI from = null;
        int status = 0;
        try {
            for (int hop = 0; hop <= Defaults.MAX_REDIRECTS; hop++) {
                UrlFilter.check(current, profile.allowsPrivateNetworkFor(current), from);
                URI target = current;
                Answer answer = pacer.inTurn(target.getHost(), profile.delayMillis(), () -> execute(target, Validators.NONE));
                status = answer.status();
                if (!isRedirect(status)) {
                    return new RobotsPolicy.RobotsResponse(status, answer.body(), answer.response().contentType());
                }
                from = current;
                current = location(current, answer);
            }
            return new RobotsPolicy.RobotsResponse(status, new byte[0], "");
        } catch (FetchException e) {
            return RobotsPolicy.RobotsResponse.failed(e.getMessage());
        }
    }

    private Answer executeWithRetries(URI url, long delay, Validators known) {
        long backoff = Defaults.BACKOFF_MILLIS;
        for (int attempt = 0; ; attempt++) {
            Answer answer = pacer.inTurn(url.getHost(), delay, () -> execute(url, known));
            int status = answer.status();
            if (status != 429 && status < 500) {
                return answer;
            }
            if (attempt >= Defaults.MAX_RETRIES) {
                throw new FetchException("cannot fetch " + url + ": HTTP " + status + ", still after "
                        + Defaults.MAX_RETRIES + " retries");
            }
            long wait = retryAfter(answer.header("Retry-After"), backoff, pacer.clock().millis());
            if (wait > Defaults.MAX_RETRY_AFTER_MILLIS) {
                String asked = wait == Long.MAX_VALUE ? answer.header("Retry-After") : String.valueOf(wait / 1000);
                throw new FetchException("cannot fetch " + url + ": HTTP " + status + " with a Retry-After of "
                        + asked + " s, longer than the " + Defaults.MAX_RETRY_AFTER_MILLIS / 1000 + " s we wait");
            }
            pacer.holdOff(url.getHost(), wait);
            backoff *= 2;
        }
    }

    private Answer execute(URI url, Validators known) {
        Connection connection = Jsoup.connect(url.toString())
                .userAgent(userAgent)
                .timeout((int) Defaults.TIMEOUT.toMillis())
                .maxBodySize(0) // BoundedBody enforces the limit, and says so instead of cutting the page off
                .followRedirects(false)
                .ignoreHttpErrors(true)
                .ignoreContentType(true);
        if (!known.etag().isEmpty()) {
            connection.header("If-None-Match", known.etag());
        }
        if (!known.lastModified().isEmpty()) {
            connection.header("If-Modified-Since", known.lastModified());
        }
        try {
            return RequestDeadline.run(maxRequestTime, deadline -> {
                Connection.Response response = connection.execute();
                return new Answer(response, BoundedBody.read(response, url, Defaults.MAX_BODY_BYTES, deadline));
            });
        } catch (RequestDeadline.PassedException e) {
            throw new FetchException("refused " + url + ": its answer took longer than " + duration(maxRequestTime)
                    + " to arrive; a server that trickles or stalls is not waited for", e);
        } catch (SocketTimeoutException | HttpTimeoutException e) {
            throw new FetchException("cannot fetch " + url + ": timed out after " + Defaults.TIMEOUT.toSeconds() + " s", e);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new FetchException("cannot fetch " + url + ": " + reason(e), e);
        }
    }

    /** What went wrong, in words: some I/O exceptions (a refused connection among them) carry no message. */
    private static String reason(Exception e) {
        if (e instanceof java.net.ConnectException) {
            return "connection refused";
        }
        if (e.getMessage() != null && !e.getMessage().isBlank()) {
            return e.getMessage();
        }
        return e.getClass().getSimpleName();
    }

    private static String duration(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static URI location(URI current, Answer answer) {
        String location = answer.header("Location");
        if (location.isEmpty()) {
            throw new FetchException("cannot fetch " + current + ": HTTP " + answer.status() + " without a Location");
        }
        try {
            return current.resolve(location);
        } catch (IllegalArgumentException e) {
            throw new FetchException("cannot fetch " + current + ": it redirects to a malformed URL " + location, e);
        }
    }

    private static String or(String value, String fallback) {
        return value.isEmpty() ? fallback : value;
    }

    /**
     * @param header a Retry-After header: seconds, or an HTTP date
     * @param fallback what to wait when there is none or it is unreadable
     * @param nowMillis the current time
     * @return how long to wait, in milliseconds; {@link Long#MAX_VALUE} for more seconds than that holds,
     *     however many digits they have, so that the caller gives up as on any too-long Retry-After
     */
    static long retryAfter(String header, long fallback, long nowMillis) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        String value = header.strip();
        if (SECONDS.matcher(value).matches()) {
            if (value.startsWith("-")) {
                return 0;
            }
            try {
                long seconds = Long.parseLong(value);
                return seconds > Long.MAX_VALUE / 1000 ? Long.MAX_VALUE : seconds * 1000;
            } catch (NumberFormatException e) {
                return Long.MAX_VALUE; // more seconds than a long holds: longer than any wait, not unreadable
            }
        }
        try {
            ZonedDateTime when = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
            return Math.max(0, when.toInstant().toEpochMilli() - nowMillis);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
