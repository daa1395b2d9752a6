package org.redflag.scrape.jsoup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.jsoup.Connection;
import org.redflag.scrape.FetchException;

/**
 * Reads a response's body, decompressed, but never more than a limit and never for longer than a
 * deadline: a page that is larger, or a small gzip body that inflates past the limit (a gzip bomb),
 * is refused after at most the limit plus one byte has been read; a page that trickles in (a byte
 * now and then, each read within the read timeout) is refused once the deadline has passed.
 */
final class BoundedBody {

    private static final int CHUNK = 8 * 1024;

    private BoundedBody() {
    }

    /**
     * @param response a response whose body has not been read
     * @param url where it comes from, for messages
     * @param maxBytes the most bytes the decompressed body may have
     * @param maxTime the longest the whole body may take to arrive; checked between reads, so a
     *     refusal may come up to one read timeout later
     * @return the whole body
     * @throws FetchException when the body is larger than {@code maxBytes} or slower than {@code maxTime}
     * @throws IOException when reading fails
     */
    static byte[] read(Connection.Response response, URI url, int maxBytes, Duration maxTime) throws IOException {
        String encoding = response.header("Content-Encoding");
        boolean compressed = encoding != null && !encoding.isBlank() && !encoding.strip().equalsIgnoreCase("identity");
        long declared = declaredLength(response.header("Content-Length"));
        // jsoup applies neither its timeout nor its size limit to bodyStream(): both are enforced here
        try (InputStream in = response.bodyStream()) {
            if (declared > maxBytes) {
                throw new FetchException("refused " + url + ": its body of " + size(declared)
                        + (compressed ? " (compressed)" : "") + " is larger than the limit of " + size(maxBytes));
            }
            long start = System.nanoTime();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            byte[] chunk = new byte[CHUNK];
            int n;
            while ((n = in.read(chunk, 0, (int) Math.min(CHUNK, maxBytes + 1L - body.size()))) > 0) {
                body.write(chunk, 0, n);
                if (body.size() > maxBytes) {
                    throw new FetchException("refused " + url + ": its body is larger than the limit of " + size(maxBytes)
                            + (compressed ? " once decompressed (Content-Encoding " + encoding.strip() + ")" : ""));
                }
                if (System.nanoTime() - start > maxTime.toNanos()) {
                    throw new FetchException("refused " + url + ": its body took longer than " + seconds(maxTime)
                            + " to arrive (" + size(body.size()) + " by then); a page that trickles in is not waited for");
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

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
