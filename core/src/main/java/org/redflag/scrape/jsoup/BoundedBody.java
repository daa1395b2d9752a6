package org.redflag.scrape.jsoup;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.jsoup.Connection;
import org.redflag.scrape.FetchException;

/**
 * Reads a response's body, decompressed, but never more than a limit: a page that is larger, or
 * a small gzip body that inflates past the limit (a gzip bomb), is refused after at most the limit
 * plus one byte has been read.
 */
final class BoundedBody {

    private BoundedBody() {
    }

    /**
     * @param response a response whose body has not been read
     * @param url where it comes from, for messages
     * @param maxBytes the most bytes the decompressed body may have
     * @return the whole body
     * @throws FetchException when the body is larger than {@code maxBytes}
     * @throws IOException when reading fails
     */
    static byte[] read(Connection.Response response, URI url, int maxBytes) throws IOException {
        String encoding = response.header("Content-Encoding");
        boolean compressed = encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity");
        long declared = declaredLength(response.header("Content-Length"));
        try (InputStream in = response.bodyStream()) {
            if (declared > maxBytes) {
                throw new FetchException("refused " + url + ": its body of " + size(declared)
                        + (compressed ? " (compressed)" : "") + " is larger than the limit of " + size(maxBytes));
            }
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1L));
            if (body.length > maxBytes) {
                throw new FetchException("refused " + url + ": its body is larger than the limit of " + size(maxBytes)
                        + (compressed ? " once decompressed (Content-Encoding " + encoding.strip() + ")" : ""));
            }
            return body;
        }
    }

    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String size(long bytes) {
        return bytes < 10_000 ? bytes + " bytes" : String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
