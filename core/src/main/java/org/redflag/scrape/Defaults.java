package org.redflag.scrape;

import java.time.Duration;

/**
 * Every politeness and safety default of the scraper, in one place (as StormCrawler keeps them).
 * A site profile may ask for more care, never for less than the site's robots.txt asks.
 */
public final class Defaults {

    /** Pause between two requests to one host. */
    public static final long DELAY_MILLIS = 1_000;
    /** Longest Crawl-delay of a robots.txt that is honoured; a longer one is capped to this. */
    public static final long MAX_CRAWL_DELAY_MILLIS = 30_000;
    /** Connect and read timeout. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Largest body read, after decompression; the rest is cut off. */
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
    /** The User-Agent, naming Redflag and where to learn about it. */
    public static final String USER_AGENT = "Redflag/0.1 (+https://github.com/redflag-project/redflag; job-ad research crawler)";

    private Defaults() {
    }
}
