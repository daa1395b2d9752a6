package org.redflag.scrape;

import java.net.URI;
import org.redflag.ad.RawPage;

/**
 * Fetches pages. Implementations are polite (robots.txt, delays), refuse unsafe addresses, and hand
 * on HTML pages only: a page of another Content-Type is refused.
 */
public interface Fetcher {

    /**
     * A conditional GET: with validators from an earlier fetch, a server that keeps them answers
     * 304 and sends no body.
     *
     * @param url the page to fetch
     * @param profile the site it belongs to, whose rate and network permissions apply
     * @param known the validators of the page's last fetch, {@link Validators#NONE} when there was none
     * @return the page, or one whose {@link RawPage#notModified()} is true and whose body is empty
     *     when the server says it has not changed
     * @throws FetchException when the page cannot or must not be fetched; its message says why
     */
    RawPage fetch(URI url, SiteProfile profile, Validators known);

    /**
     * @param url the page to fetch
     * @param profile the site it belongs to, whose rate and network permissions apply
     * @return the page
     * @throws FetchException when the page cannot or must not be fetched; its message says why
     */
    default RawPage fetch(URI url, SiteProfile profile) {
        return fetch(url, profile, Validators.NONE);
    }
}
