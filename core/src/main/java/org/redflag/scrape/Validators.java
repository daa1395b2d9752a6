package org.redflag.scrape;

import org.redflag.ad.RawPage;

/**
 * What a conditional GET sends to learn whether a page changed since it was last fetched: the page's
 * ETag (sent as If-None-Match) and Last-Modified (sent as If-Modified-Since). Store them with the page.
 *
 * @param etag the ETag the server sent, empty when none
 * @param lastModified the Last-Modified the server sent, empty when none
 */
public record Validators(String etag, String lastModified) {

    /** No validators: an ordinary GET. */
    public static final Validators NONE = new Validators("", "");

    public Validators {
        etag = etag == null ? "" : etag.strip();
        lastModified = lastModified == null ? "" : lastModified.strip();
    }

    /**
     * @param page a fetched page
     * @return the validators its server sent
     */
    public static Validators of(RawPage page) {
        return new Validators(page.etag(), page.lastModified());
    }

    /** @return true when there is nothing to send, so the request is not conditional */
    public boolean isEmpty() {
        return etag.isEmpty() && lastModified.isEmpty();
    }
}
