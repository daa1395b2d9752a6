package org.redflag.classify.weka;

import java.io.IOException;
import java.io.InputStream;

/**
 * One entry of a model file as a stream that ends in failure past a number of bytes, so that a highly
 * compressed entry (a zip bomb) is never inflated beyond that. It keeps the archive's own failures (a
 * broken or truncated file) apart from those of whatever reads the entry. Closing it leaves the archive
 * open.
 */
final class BoundedEntry extends InputStream {

    private final InputStream entry;
    private final long maxBytes;
    private long count;
    private boolean tooLarge;
    private IOException archiveFailure;

    /**
     * @param entry the entry, as the archive's stream positioned on it
     * @param maxBytes the most bytes the entry may have
     */
    BoundedEntry(InputStream entry, long maxBytes) {
        this.entry = entry;
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (tooLarge) {
            throw new IOException("entry larger than " + maxBytes + " bytes");
        }
        int n;
        try {
            // one byte past the limit, to tell an entry of exactly maxBytes from a larger one
            n = entry.read(b, off, (int) Math.min(len, maxBytes + 1 - count));
        } catch (IOException e) {
            archiveFailure = e;
            throw e;
        }
        if (n > 0) {
            count += n;
            if (count > maxBytes) {
                tooLarge = true;
                throw new IOException("entry larger than " + maxBytes + " bytes");
            }
        }
        return n;
    }

    /** @return whether the entry has more bytes than its limit */
    boolean tooLarge() {
        return tooLarge;
    }

    /** @return how many bytes have been read */
    long bytesRead() {
        return count;
    }

    /** @return the most bytes the entry may have */
    long maxBytes() {
        return maxBytes;
    }

    /** @return the archive's failure while the entry was read, or null when it had none */
    IOException archiveFailure() {
        return archiveFailure;
    }
}
