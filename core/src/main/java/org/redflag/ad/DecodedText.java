package org.redflag.ad;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;
import java.util.Optional;

/**
 * Bytes decoded as text, with what the decoding showed: how many bytes were not of the charset (each malformed
 * sequence is shown as one U+FFFD, as Java's own decoding shows it), and whether the result is text at all. The one check of
 * "is this text" for every ad Redflag reads, a file given to {@code assess} or a page a scan fetched.
 *
 * @param text the decoded text
 * @param charset the charset it was decoded with
 * @param badBytes how many bytes were not of the charset
 * @param firstBadByte the offset of the first of them in the bytes (counted from 0, as a hex dump counts), -1 when none
 */
public record DecodedText(String text, Charset charset, int badBytes, int firstBadByte) {

    /**
     * The largest share of a text's characters that may be U+FFFD or control characters (C0 and C1, but tab, line
     * feed and carriage return). Random bytes decoded as UTF-8 are about two thirds such characters (half the bytes
     * are not UTF-8, a tenth are controls); a text in Western European letters decoded in the wrong charset, whose
     * accented letters all become U+FFFD, stays below a tenth (accented letters are 1 to 5 % of French, Spanish or
     * German text). A tenth keeps the mislabelled text, with a warning, and refuses the binary file.
     */
    public static final double MAX_NOT_TEXT_SHARE = 0.10;

    /**
     * @param bytes the bytes
     * @param offset where the text starts in them (after a byte-order mark)
     * @param charset their charset
     * @return them decoded, every run of bytes that is not of the charset shown as U+FFFD
     */
    public static DecodedText decode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) ((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16));
        int bad = 0;
        int first = -1;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                first = first < 0 ? in.position() : first;
                bad += result.length();
                in.position(in.position() + result.length());
                out = out.hasRemaining() ? out : larger(out);
                out.put('\uFFFD');
            } else if (result.isOverflow()) {
                out = larger(out);
            } else {
                break;
            }
        }
        decoder.flush(out);
        return new DecodedText(out.flip().toString(), charset, bad, first);
    }

    private static CharBuffer larger(CharBuffer out) {
        return CharBuffer.allocate(out.capacity() * 2 + 16).put(out.flip());
    }

    /** @return why this is no text: it holds NUL characters, or too many that are no text; empty when it is text */
    public Optional<String> notText() {
        if (text.indexOf('\0') >= 0) {
            return Optional.of("it holds NUL bytes");
        }
        int notText = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isNotText(text.charAt(i))) {
                notText++;
            }
        }
        if (notText > MAX_NOT_TEXT_SHARE * text.length()) {
            return Optional.of(Math.round(100.0 * notText / text.length()) + " % of its characters are control characters or "
                    + "bytes that are not " + charset.name() + ", more than " + Math.round(100 * MAX_NOT_TEXT_SHARE) + " %");
        }
        return Optional.empty();
    }

    /**
     * @param where the file or page, the start of the line
     * @return one line that tells the bytes that were not of the charset, empty when there were none
     */
    public Optional<String> badBytesWarning(String where) {
        if (badBytes == 0) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "%s: %s not %s (%s at byte %d); shown as U+FFFD", where,
                badBytes == 1 ? "1 byte is" : badBytes + " bytes are", charset.name(), badBytes == 1 ? "it is" : "the first",
                firstBadByte));
    }

    /**
     * @param c a decoded character
     * @return whether it shows the bytes were no text: U+FFFD, or a C0 or C1 control character other than tab, line feed
     *     and carriage return
     */
    public static boolean isNotText(char c) {
        return c == '\uFFFD' || c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F;
    }
}
