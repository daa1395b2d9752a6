package org.redflag.scrape;

import java.net.URI;
import org.redflag.ad.RawPage;

/** Fetches pages. Implementations are polite (robots.txt, delays) and refuse unsafe addresses. */
public interface Fetcher {

    /**
     * @param url the page to fetch
     * @param profile the site it belongs to, whose rate and network permissions apply
     * @return the page
     * @throws FetchException when the page cannot or must not be fetched; its message says why
     */
    RawPage fetch(URI url, SiteProfile profile);
}
