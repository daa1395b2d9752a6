package org.redflag.ad;

import java.net.URI;
import java.time.Instant;

/**
 * A page as fetched, before any parsing: its final URL (after redirects), status, Content-Type and body,
 * and the validators a later conditional request can send to learn whether it changed.
 *
 * @param url the final URL of the page
 * @param status the HTTP status, 200 for a file; 304 when a conditional request found it unchanged
 * @param contentType the Content-Type header, empty when unknown; its charset, if any, decodes the body
 * @param body the body's bytes, as sent (decompressed), empty for a 304; not copied, do not change them
 * @param fetchedAt when the page was fetched
 * @param etag the ETag header, empty when the server sent none
 * @param lastModified the Last-Modified header as sent, empty when the server sent none
 */
public record RawPage(URI url, int status, String contentType, byte[] body, Instant fetchedAt,
                      String etag, String lastModified) {

    public RawPage {
        contentType = contentType == null ? "" : contentType;
        etag = etag == null ? "" : etag;
        lastModified = lastModified == null ? "" : lastModified;
    }

    /** A page without validators: a file, or a server that sends none. */
    public RawPage(URI url, int status, String contentType, byte[] body, Instant fetchedAt) {
        this(url, status, contentType, body, fetchedAt, "", "");
    }

    /** @return true when the server said the page has not changed since the validators sent (HTTP 304) */
    public boolean notModified() {
        return status == 304;
    }
}
