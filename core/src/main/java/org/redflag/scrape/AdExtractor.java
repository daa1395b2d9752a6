package org.redflag.scrape;

import java.util.Optional;
import org.redflag.ad.JobAd;
import org.redflag.ad.RawPage;

/** Finds the job ad in a page. Thread-safe. */
public interface AdExtractor {

    /**
     * @param page a fetched page
     * @param profile the site's profile, whose field selectors apply when it has them
     * @return the ad, or empty when the page holds none
     */
    Optional<JobAd> extract(RawPage page, SiteProfile profile);
}
