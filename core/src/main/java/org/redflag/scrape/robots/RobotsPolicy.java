package org.redflag.scrape.robots;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reads and caches each host's robots.txt and answers whether a URL may be fetched, as RFC 9309
 * says: a robots.txt that is missing (4xx) allows everything; one that cannot be read (5xx, network
 * error) disallows everything until it can. Rules are cached for 24 hours.
 */
public final class RobotsPolicy {

    /** How long a host's rules are kept. */
    public static final Duration CACHE_TIME = Duration.ofHours(24);

    /** What fetching a robots.txt gave: its status (0 for a network error) and body. */
    public record RobotsResponse(int status, byte[] body, String contentType) {
    }

    private record Cached(BaseRobotRules rules, long expiresAt) {
    }

    private final String agentName;
    private final Function<URI, RobotsResponse> download;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    /**
     * @param agentName the product token robots.txt groups are matched against, e.g. "redflag"
     * @param download fetches a robots.txt URL
     */
    public RobotsPolicy(String agentName, Function<URI, RobotsResponse> download) {
        this.agentName = agentName.toLowerCase(java.util.Locale.ROOT);
        this.download = download;
    }

    /**
     * @param url a URL about to be fetched
     * @return the rules of its host
     */
    public BaseRobotRules rulesFor(URI url) {
        String key = url.getScheme() + "://" + url.getAuthority();
        Cached c = cache.get(key);
        long now = System.currentTimeMillis();
        if (c == null || c.expiresAt() < now) {
            c = new Cached(load(URI.create(key + "/robots.txt")), now + CACHE_TIME.toMillis());
            cache.put(key, c);
        }
        return c.rules();
    }

    private BaseRobotRules load(URI robotsUrl) {
        RobotsResponse r = download.apply(robotsUrl);
        if (r.status() >= 200 && r.status() < 300) {
            return parser.parseContent(robotsUrl.toString(), r.body(), r.contentType(), List.of(agentName));
        }
        if (r.status() >= 400 && r.status() < 500) {
            return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL);
        }
        return new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE);
    }
}
