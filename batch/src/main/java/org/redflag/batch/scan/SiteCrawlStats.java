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
 */
public record SiteCrawlStats(String site, int listingPages, int adPages, int newAds, int changedAds, int unchangedAds,
                             int noAd, List<String> failures) {
}
