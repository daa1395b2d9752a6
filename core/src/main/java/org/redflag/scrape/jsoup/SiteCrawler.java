package org.redflag.scrape.jsoup;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.redflag.RedflagException;
import org.redflag.ad.ContentHash;
import org.redflag.ad.JobAd;
import org.redflag.ad.RawPage;
import org.redflag.scrape.AdExtractor;
import org.redflag.scrape.CrawlMemory;
import org.redflag.scrape.Fetcher;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.Validators;

/**
 * Crawls one site as its profile says: listing pages from the start URLs, following the next-page
 * link, and every ad page linked from them, on the same host only. A page that fails is counted and
 * reported; it never stops the crawl. Ad pages the site's last crawl saw are fetched with a conditional GET, and
 * an ad that has not changed since (HTTP 304, or the same content hash) is counted, not handed on again; a page
 * that another site listed is new to this one.
 */
public final class SiteCrawler {

    /**
     * What a crawl did.
     *
     * @param site the site's name
     * @param listingPages listing pages read
     * @param adPages ad pages fetched, unchanged ones (HTTP 304) included
     * @param ads new or changed ads handed to the sink
     * @param unchanged ads found as they were at the last crawl, not handed on
     * @param noAd ad pages that held no ad
     * @param failures one line per page that failed: which and why
     */
    public record CrawlReport(String site, int listingPages, int adPages, int ads, int unchanged, int noAd,
                              List<String> failures) {
    }

    private final Fetcher fetcher;
    private final AdExtractor extractor;
    private final CrawlMemory memory;

    /**
     * A crawler that remembers ad pages for as long as it lives.
     *
     * @param fetcher fetches pages
     * @param extractor finds the ad in an ad page
     */
    public SiteCrawler(Fetcher fetcher, AdExtractor extractor) {
        this(fetcher, extractor, CrawlMemory.inMemory());
    }

    /**
     * @param fetcher fetches pages
     * @param extractor finds the ad in an ad page
     * @param memory what is known of ad pages from earlier crawls; updated as the crawl goes
     */
    public SiteCrawler(Fetcher fetcher, AdExtractor extractor, CrawlMemory memory) {
        this.fetcher = fetcher;
        this.extractor = extractor;
        this.memory = memory;
    }

    /**
     * @param profile the site
     * @param sink receives each new or changed ad, in crawl order
     * @return what the crawl did
     */
    public CrawlReport crawl(SiteProfile profile, Consumer<JobAd> sink) {
        List<String> failures = new ArrayList<>();
        Set<URI> adUrls = new LinkedHashSet<>();
        Set<URI> seenListings = new LinkedHashSet<>();
        int listingPages = 0;
        for (URI start : profile.startUrls()) {
            URI next = start;
            while (next != null && listingPages < profile.maxPages() && seenListings.add(next)) {
                URI listing = next;
                next = null;
                try {
                    Document doc = JsoupAdExtractor.parse(fetcher.fetch(listing, profile));
                    List<Element> links = select(doc, "adLinks", profile.adLinks());
                    Element nextLink = profile.nextPage().isEmpty() ? null
                            : select(doc, "nextPage", profile.nextPage()).stream().findFirst().orElse(null);
                    // a listing page counts as read once its links are: one whose links cannot be found failed
                    listingPages++;
                    for (Element a : links) {
                        sameHost(a.absUrl("href"), start).ifPresent(adUrls::add);
                    }
                    if (nextLink != null) {
                        next = sameHost(nextLink.absUrl("href"), start).orElse(null);
                    }
                } catch (RuntimeException e) {
                    failures.add(failure(listing, e));
                }
            }
        }
        Tally tally = new Tally();
        for (URI url : adUrls) {
            if (tally.ads + tally.unchanged >= profile.maxAds()) {
                break;
            }
            readAd(url, profile, sink, tally, failures);
        }
        return new CrawlReport(profile.name(), listingPages, tally.adPages, tally.ads, tally.unchanged, tally.noAd,
                List.copyOf(failures));
    }

    /** The ad pages' counts of a crawl. */
    private static final class Tally {
        int adPages;
        int ads;
        int unchanged;
        int noAd;
    }

    private void readAd(URI url, SiteProfile profile, Consumer<JobAd> sink, Tally tally, List<String> failures) {
        Optional<CrawlMemory.Seen> seen;
        RawPage page;
        Optional<JobAd> ad;
        try {
            seen = memory.get(profile.name(), url);
            page = fetcher.fetch(url, profile, seen.map(CrawlMemory.Seen::validators).orElse(Validators.NONE));
            tally.adPages++;
            if (page.notModified()) {
                tally.unchanged++;
                return;
            }
            ad = extractor.extract(page, profile);
        } catch (RuntimeException e) {
            failures.add(failure(url, e));
            return;
        }
        if (ad.isEmpty()) {
            tally.noAd++;
            memory.forget(profile.name(), url);
            return;
        }
        String hash = ContentHash.of(ad.get());
        if (seen.isPresent() && seen.get().contentHash().equals(hash)) {
            tally.unchanged++;
        } else {
            try {
                sink.accept(ad.get());
            } catch (RedflagException e) {
                failures.add(failure(url, e));
                return;
            }
            tally.ads++;
        }
        memory.put(profile.name(), url, new CrawlMemory.Seen(Validators.of(page), hash));
    }

    /**
     * @return the elements a selector of the profile selects
     * @throws RedflagException naming the profile's setting when the selector cannot be used (an empty one among them)
     */
    private static List<Element> select(Document doc, String setting, String selector) {
        if (selector == null || selector.isBlank()) {
            throw new RedflagException("the profile gives no " + setting + " selector");
        }
        try {
            return doc.select(selector);
        } catch (RuntimeException e) {
            throw new RedflagException("the profile's " + setting + " selector \"" + selector + "\" cannot be used: "
                    + firstLine(e), e);
        }
    }

    /** @return one line: the page and why it failed, never a Java class name */
    private static String failure(URI url, RuntimeException e) {
        String message = e instanceof RedflagException ? e.getMessage() : firstLine(e);
        return message != null && message.contains(url.toString()) ? message : "cannot read " + url + ": " + message;
    }

    private static String firstLine(RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("").strip();
        return message.isEmpty() ? "an unexpected error" : message;
    }
    private static Optional<URI> sameHost(String href, URI start) {
        if (href == null || href.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI u = URI.create(href);
            if (u.getHost() != null && u.getHost().equalsIgnoreCase(start.getHost()) && u.getPort() == start.getPort()) {
                return Optional.of(new URI(u.getScheme(), u.getAuthority(), u.getPath(), u.getQuery(), null));
            }
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            // a malformed link on a listing page is not an ad
        }
        return Optional.empty();
    }
}
