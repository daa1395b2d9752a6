package org.redflag.scrape.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.redflag.scrape.Defaults;

/**
 * Reads and caches each host's robots.txt and answers whether a URL may be fetched, as RFC 9309
 * says: a robots.txt that is missing (4xx, or more than five redirects) allows everything; one that
 * cannot be read (5xx, network error) disallows everything until it can. Rules read are cached for
 * {@link Defaults#ROBOTS_CACHE_TIME}, an unreadable robots.txt for {@link Defaults#ROBOTS_ERROR_CACHE_TIME}.
 */
public final class RobotsPolicy {

    /**
     * What fetching a robots.txt gave.
     *
     * @param status the HTTP status, 0 when it could not be fetched at all
     * @param body the body, empty unless 2xx
     * @param contentType the Content-Type header
     * @param error why it could not be fetched, empty unless status is 0
     */
    public record RobotsResponse(int status, byte[] body, String contentType, String error) {

        public RobotsResponse {
            body = body == null ? new byte[0] : body;
            contentType = contentType == null ? "" : contentType;
            error = error == null ? "" : error;
        }

        /** A response that arrived. */
        public RobotsResponse(int status, byte[] body, String contentType) {
            this(status, body, contentType, "");
        }

        /** @return a robots.txt that could not be fetched, and why */
        public static RobotsResponse failed(String error) {
            return new RobotsResponse(0, new byte[0], "", error);
        }
    }

    /**
     * One host's rules.
     *
     * @param rules what robots.txt says
     * @param robotsUrl where it was read
     * @param unavailable why robots.txt could not be read, so that everything is disallowed; empty when it was read
     */
    public record HostRules(BaseRobotRules rules, URI robotsUrl, String unavailable) {

        /**
         * @param url a URL on this host
         * @return why it must not be fetched, empty when it may
         */
        public Optional<String> refusal(URI url) {
            if (!unavailable.isEmpty()) {
                return Optional.of("refused " + url + ": " + robotsUrl + " " + unavailable
                        + ", and RFC 9309 disallows the whole site while its robots.txt cannot be read");
            }
            if (!rules.isAllowed(url.toString())) {
                return Optional.of("refused " + url + ": disallowed by the site's robots.txt (" + robotsUrl + ")");
            }
            return Optional.empty();
        }

        /** @return the Crawl-delay robots.txt asks for, in milliseconds, 0 when none */
        public long crawlDelayMillis() {
            return Math.max(0, rules.getCrawlDelay());
        }
    }

    private record Cached(HostRules rules, long expiresAt) {
    }

    private final String agentName;
    private final LongSupplier clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();
    /** A lock per host, held while its robots.txt is downloaded. */
    private final Map<String, Object> loading = new ConcurrentHashMap<>();

    /**
     * @param agentName the product token robots.txt groups are matched against, e.g. "redflag"
     * @param clock the current time in milliseconds, for the cache
     */
    public RobotsPolicy(String agentName, LongSupplier clock) {
        this.agentName = agentName.toLowerCase(Locale.ROOT);
        this.clock = clock;
    }

    /** @param agentName the product token robots.txt groups are matched against, e.g. "redflag" */
    public RobotsPolicy(String agentName) {
        this(agentName, System::currentTimeMillis);
    }

    /**
     * @param url a URL about to be fetched
     * @param download fetches a robots.txt URL when the host's rules are not cached; it never throws
     * @return the rules of its host
     */
    public HostRules rulesFor(URI url, Function<URI, RobotsResponse> download) {
        String key = url.getScheme().toLowerCase(Locale.ROOT) + "://" + url.getRawAuthority().toLowerCase(Locale.ROOT);
        Cached c = cache.get(key);
        if (c != null && c.expiresAt() > clock.getAsLong()) {
            return c.rules();
        }
        // one download per host at a time: two sites of one host crawled at once would each read its robots.txt
        synchronized (loading.computeIfAbsent(key, k -> new Object())) {
            c = cache.get(key);
            long now = clock.getAsLong();
            if (c == null || c.expiresAt() <= now) {
                URI robotsUrl = URI.create(key + "/robots.txt");
                HostRules rules = load(robotsUrl, download.apply(robotsUrl));
                long keep = (rules.unavailable().isEmpty() ? Defaults.ROBOTS_CACHE_TIME : Defaults.ROBOTS_ERROR_CACHE_TIME).toMillis();
                c = new Cached(rules, now + keep);
                cache.put(key, c);
            }
            return c.rules();
        }
    }

    private HostRules load(URI robotsUrl, RobotsResponse r) {
        if (r.status() >= 200 && r.status() < 300) {
            return new HostRules(parser.parseContent(robotsUrl.toString(), r.body(), r.contentType(), List.of(agentName)),
                    robotsUrl, "");
        }
        if (r.status() >= 300 && r.status() < 500) {
            // 4xx: there is none; 3xx left over after the downloader followed five redirects: RFC 9309
            // lets a crawler take that as none too
            return new HostRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), robotsUrl, "");
        }
        String why = r.status() == 0 ? "could not be read (" + r.error() + ")" : "answered HTTP " + r.status();
        return new HostRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), robotsUrl, why);
    }
}
