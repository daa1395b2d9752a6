package org.redflag.ad;

import java.net.URI;
import java.time.Instant;

/**
 * A page as fetched, before any parsing: its final URL (after redirects), status, Content-Type and body.
 *
 * @param url the final URL of the page
 * @param status the HTTP status, 200 for a file
 * @param contentType the Content-Type header, empty when unknown; its charset, if any, decodes the body
 * @param body the body's bytes, as sent (decompressed); not copied, do not change them
 * @param fetchedAt when the page was fetched
 */
public record RawPage(URI url, int status, String contentType, byte[] body, Instant fetchedAt) {

    public RawPage {
        contentType = contentType == null ? "" : contentType;
    }
}
