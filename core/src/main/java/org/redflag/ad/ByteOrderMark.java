package org.redflag.ad;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The byte-order mark a text file or a page may start with, and the charset it names: the one place that decides how
 * Redflag decodes a file of ads or a corpus file (UTF-8 when it has none), and what a page's decoding skips.
 */
public enum ByteOrderMark {
    /** {@code EF BB BF}: UTF-8. */
    UTF_8(StandardCharsets.UTF_8, 0xEF, 0xBB, 0xBF),
    /** {@code FE FF}: UTF-16, big-endian. */
    UTF_16BE(StandardCharsets.UTF_16BE, 0xFE, 0xFF),
    /** {@code FF FE}: UTF-16, little-endian. */
    UTF_16LE(StandardCharsets.UTF_16LE, 0xFF, 0xFE);

    /** The most bytes a mark takes: read this many to find it. */
    public static final int MAX_LENGTH = 3;

    private final Charset charset;
    private final int[] bytes;

    ByteOrderMark(Charset charset, int... bytes) {
        this.charset = charset;
        this.bytes = bytes;
    }

    /** @return the charset of the text after the mark */
    public Charset charset() {
        return charset;
    }

    /** @return how many bytes the mark takes */
    public int length() {
        return bytes.length;
    }

    /**
     * @param head the first bytes of a file, at least {@link #MAX_LENGTH} of them unless the file is shorter
     * @param length how many of them were read
     * @return the mark the file starts with, or empty when it has none
     */
    public static Optional<ByteOrderMark> of(byte[] head, int length) {
        for (ByteOrderMark m : values()) {
            if (m.starts(head, length)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * @param head the first bytes of a file
     * @param length how many of them were read
     * @return the charset its mark names; UTF-8 when it has none
     */
    public static Charset charsetOf(byte[] head, int length) {
        return of(head, length).map(ByteOrderMark::charset).orElse(StandardCharsets.UTF_8);
    }

    private boolean starts(byte[] head, int length) {
        if (length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
