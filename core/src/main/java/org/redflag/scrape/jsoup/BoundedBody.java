package org.redflag.scrape.jsoup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.jsoup.Connection;
import org.redflag.scrape.FetchException;

/**
 * Reads a response's body, decompressed, but never more than a limit: a page that is larger, or a small
 * gzip body that inflates past the limit (a gzip bomb), is refused after at most the limit plus one byte
 * has been read. The body is handed to the request's {@link RequestDeadline}, which closes it when the
 * request is given up, so that a page that trickles in or stalls is not read for ever.
 */
final class BoundedBody {

    private static final int CHUNK = 8 * 1024;

    private BoundedBody() {
    }

    /**
     * @param response a response whose body has not been read
     * @param url where it comes from, for messages
     * @param maxBytes the most bytes the decompressed body may have
     * @param deadline the request's deadline, which closes the body when it passes
     * @return the whole body
     * @throws FetchException when the body is larger than {@code maxBytes}
     * @throws IOException when reading fails, or the body was closed because the deadline passed
     */
    static byte[] read(Connection.Response response, URI url, int maxBytes, RequestDeadline deadline)
            throws IOException {
        String encoding = response.header("Content-Encoding");
        boolean compressed = encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity");
        long declared = declaredLength(response.header("Content-Length"));
        // jsoup applies no size limit to bodyStream() (and its HttpClient transport no timeout): the limit is enforced
        // here, the time by the deadline
        try (InputStream in = deadline.watch(response.bodyStream())) {
            if (declared > maxBytes) {
                throw new FetchException("refused " + url + ": its body of " + size(declared)
                        + (compressed ? " (compressed)" : "") + " is larger than the limit of " + size(maxBytes));
            }
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            int n;
            while ((n = in.read(chunk, 0, (int) Math.min(CHUNK, maxBytes + 1L - body.size()))) > 0) {
                body.write(chunk, 0, n);
                if (body.size() > maxBytes) {
                    throw new FetchException("refused " + url + ": its body is larger than the limit of " + size(maxBytes)
                            + (compressed ? " once decompressed (Content-Encoding " + encoding.strip() + ")" : ""));
                }
            }
            return body.toByteArray();
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
