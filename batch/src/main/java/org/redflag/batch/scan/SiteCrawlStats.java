package org.redflag.batch.scan;

import java.util.List;

/**
 * What the crawl did on one site.
 *
 * @param site the site's name
 * @param listingPages listing pages read
 * @param adPages ad pages read
 * @param newAds ads not seen before
 * @param changedAds ads whose content changed
 * @param unchangedAds ads seen before with the same content
 * @param noAd ad pages without an ad
 * @param failures the pages that failed, one line each
 * @param failure why the site as a whole failed (down, unreachable, no listing page readable, or listing pages read
 *     but no ad found: {@code no ads: ...}); null when it did not
 */
public record SiteCrawlStats(String site, int listingPages, int adPages, int newAds, int changedAds, int unchangedAds,
                             int noAd, List<String> failures, String failure) {

    public SiteCrawlStats {
        failures = failures == null ? List.of() : List.copyOf(failures);
    }

    /**
     * @param site the site's name
     * @param reason why it failed
     * @return the numbers of a site whose crawl failed before it read anything
     */
    public static SiteCrawlStats failed(String site, String reason) {
        return new SiteCrawlStats(site, 0, 0, 0, 0, 0, 0, List.of(reason), reason);
    }

    /** @return true when the site could not be crawled or yielded no ad: its ads are missing from this run */
    public boolean failed() {
        return failure != null;
    }

    /** @return true when the site failed although its listing pages were read: it yielded no ad */
    public boolean yieldedNoAd() {
        return failed() && listingPages > 0;
    }

    /** @return listing and ad pages read */
    public int pages() {
        return listingPages + adPages;
    }
}
