package org.redflag.scrape.jsoup;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.redflag.scrape.FetchException;

/**
 * Whether a fetched page is HTML, the only kind an ad is read from: parsed as HTML, an image or a
 * PDF becomes an "ad" of garbage text. The Content-Type decides; without one, the body is sniffed.
 */
public final class PageType {

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");

    private PageType() {
    }

    /**
     * @param url the page, for messages
     * @param contentType its Content-Type header, null or empty when it had none
     * @param body its body
     * @throws FetchException when the Content-Type is not HTML, or when there is none and the body
     *     holds NUL bytes (which no HTML but UTF-16 holds, and UTF-16 starts with a byte-order mark)
     */
    static void requireHtml(URI url, String contentType, byte[] body) {
        String mediaType = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.isEmpty()) {
            if (binary(body)) {
                throw new FetchException("refused " + url + ": it has no Content-Type and its body holds NUL bytes, so it is "
                        + "not HTML");
            }
            return;
        }
        if (!HTML.contains(mediaType)) {
            throw new FetchException("refused " + url + ": its Content-Type " + mediaType + " is not HTML (text/html or "
                    + "application/xhtml+xml)");
        }
    }

    /**
     * @param body a page's or a file's bytes
     * @return whether they hold NUL bytes without a UTF-16 byte-order mark: a program, an image, a document of
     *     another format, never HTML or text. This sniffs a page without a Content-Type before it is decoded; whether
     *     a decoded page or file is text at all is {@link org.redflag.ad.DecodedText#notText()}'s to say
     */
    public static boolean binary(byte[] body) {
        boolean utf16 = body.length >= 2 && ((body[0] & 0xFF) == 0xFE && (body[1] & 0xFF) == 0xFF
                || (body[0] & 0xFF) == 0xFF && (body[1] & 0xFF) == 0xFE);
        if (!utf16) {
            for (byte b : body) {
                if (b == 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
