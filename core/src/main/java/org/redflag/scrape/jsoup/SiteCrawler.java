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
import org.redflag.ad.JobAd;
import org.redflag.ad.RawPage;
import org.redflag.scrape.AdExtractor;
import org.redflag.scrape.Fetcher;
import org.redflag.scrape.SiteProfile;

/**
 * Crawls one site as its profile says: listing pages from the start URLs, following the next-page
 * link, and every ad page linked from them, on the same host only. A page that fails is counted and
 * reported; it never stops the crawl.
 */
public final class SiteCrawler {

    /** What a crawl did. */
    public record CrawlReport(String site, int listingPages, int adPages, int ads, int noAd, List<String> failures) {
    }

    private final Fetcher fetcher;
    private final AdExtractor extractor;

    /**
     * @param fetcher fetches pages
     * @param extractor finds the ad in an ad page
     */
    public SiteCrawler(Fetcher fetcher, AdExtractor extractor) {
        this.fetcher = fetcher;
        this.extractor = extractor;
    }

    /**
     * @param profile the site
     * @param sink receives each ad found, in crawl order
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
                    listingPages++;
                    for (Element a : doc.select(profile.adLinks())) {
                        sameHost(a.absUrl("href"), start).ifPresent(adUrls::add);
                    }
                    Element nextLink = profile.nextPage().isEmpty() ? null : doc.selectFirst(profile.nextPage());
                    if (nextLink != null) {
                        next = sameHost(nextLink.absUrl("href"), start).orElse(null);
                    }
                } catch (RedflagException e) {
                    failures.add(e.getMessage());
                }
            }
        }
        int adPages = 0;
        int ads = 0;
        int noAd = 0;
        for (URI url : adUrls) {
            if (ads >= profile.maxAds()) {
                break;
            }
            try {
                RawPage page = fetcher.fetch(url, profile);
                adPages++;
                Optional<JobAd> ad = extractor.extract(page, profile);
                if (ad.isPresent()) {
                    ads++;
                    sink.accept(ad.get());
                } else {
                    noAd++;
                }
            } catch (RedflagException e) {
                failures.add(e.getMessage());
            }
        }
        return new CrawlReport(profile.name(), listingPages, adPages, ads, noAd, List.copyOf(failures));
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
