package org.redflag.scrape;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.redflag.RedflagException;

/**
 * Every politeness and safety default of the scraper, in one place (as StormCrawler keeps them).
 * A site profile may ask for more care, never for less than the site's robots.txt asks.
 */
public final class Defaults {

    /** Pause between two requests to one host. */
    public static final long DELAY_MILLIS = 1_000;
    /**
     * Longest pause between two requests to one host: a robots.txt Crawl-delay or a site profile's
     * delayMillis that is longer is capped to this.
     */
    public static final long MAX_CRAWL_DELAY_MILLIS = 30_000;
    /**
     * jsoup's timeout: with its HttpClient transport (the one it takes on Java 11 and later) the longest wait
     * for an answer's headers, connecting included; with HttpURLConnection the longest connect and each read.
     */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /**
     * Longest time one request may take, from connecting to the last byte of its body; a slower answer is
     * refused. {@link #TIMEOUT} bounds neither a body nor a trickle, so without this a server that sends a
     * byte now and then, or stalls in the body, would hold its host's turn (and the scan) for ever.
     */
    public static final Duration MAX_REQUEST_TIME = Duration.ofSeconds(60);
    /** Largest body read, after decompression; a larger page is refused, not cut off. */
    public static final int MAX_BODY_BYTES = 5 * 1024 * 1024;
    /** Most redirects followed for one URL. */
    public static final int MAX_REDIRECTS = 5;
    /** Most retries of one URL after a 429 or 5xx. */
    public static final int MAX_RETRIES = 3;
    /** First backoff after a 429 or 5xx; it doubles with each retry. */
    public static final long BACKOFF_MILLIS = 1_000;
    /** Longest Retry-After honoured; a longer one gives up on the URL. */
    public static final long MAX_RETRY_AFTER_MILLIS = 60_000;
    /** Most listing pages read from one site when its profile does not say. */
    public static final int MAX_PAGES = 50;
    /** Most ads read from one site when its profile does not say. */
    public static final int MAX_ADS = 5_000;
    /** How long a host's robots.txt is kept once read (RFC 9309 allows up to 24 hours). */
    public static final Duration ROBOTS_CACHE_TIME = Duration.ofHours(24);
    /**
     * How long a robots.txt that could not be read (5xx, network error) keeps its host disallowed
     * before it is asked for again; short, so that one bad minute does not close a site for a day.
     */
    public static final Duration ROBOTS_ERROR_CACHE_TIME = Duration.ofMinutes(10);
    /** The product token matched against robots.txt groups. */
    public static final String ROBOTS_AGENT = "redflag";
    /** Where site operators learn what Redflag is and how to reach whoever runs it. */
    public static final String CONTACT_URL = "https://github.com/redflag-project/redflag";
    /** The User-Agent, naming Redflag and where to learn about it. */
    public static final String USER_AGENT = userAgent(CONTACT_URL);

    private Defaults() {
    }

    /**
     * @param contactUrl where a site operator can reach whoever runs this crawler (an http, https or mailto URL)
     * @return a User-Agent that names Redflag and that contact
     * @throws RedflagException when the contact is not such a URL
     */
    public static String userAgent(String contactUrl) {
        URI contact;
        try {
            contact = URI.create(contactUrl == null ? "" : contactUrl.strip());
        } catch (IllegalArgumentException e) {
            throw new RedflagException("contact URL " + contactUrl + " is not a URL", e);
        }
        String scheme = contact.getScheme() == null ? "" : contact.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("mailto")) {
            throw new RedflagException("contact URL " + contactUrl + " must be an http, https or mailto URL");
        }
        return "Redflag/0.1 (+" + contact + "; job-ad research crawler)";
    }
}
