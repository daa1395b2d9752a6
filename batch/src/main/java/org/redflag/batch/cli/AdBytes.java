package org.redflag.batch.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.redflag.RedflagException;
import org.redflag.corpus.ByteOrderMark;
import org.redflag.scrape.jsoup.PageType;

/**
 * Reads the bytes of an ad given to {@code assess} as text: UTF-8, or UTF-8 or UTF-16 by its byte-order
 * mark; a file that holds NUL bytes without being UTF-16 is no text (a program, an image, a document of
 * another format) and is refused rather than scored.
 */
final class AdBytes {

    private AdBytes() {
    }

    /**
     * @param bytes the file's or the input's bytes
     * @param where the file's name, for the message
     * @return the text, without its byte-order mark
     * @throws RedflagException when the bytes are not text
     */
    static String text(byte[] bytes, String where) {
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes, bytes.length);
        int start = mark.map(ByteOrderMark::length).orElse(0);
        Charset charset = mark.map(ByteOrderMark::charset).orElse(StandardCharsets.UTF_8);
        String text = new String(bytes, start, bytes.length - start, charset);
        if (text.indexOf('\0') >= 0) {
            throw notText(where);
        }
        return text;
    }

    /**
     * @param bytes an HTML page's bytes, whose charset the page itself may declare
     * @param where the file's name, for the message
     * @throws RedflagException when the bytes are not text
     */
    static void checkHtml(byte[] bytes, String where) {
        if (PageType.binary(bytes)) {
            throw notText(where);
        }
    }

    private static RedflagException notText(String where) {
        return new RedflagException(where + " is not text (it holds NUL bytes): give an ad as HTML, JSON, JSON Lines, CSV or "
                + "plain text, in UTF-8 or with a byte-order mark");
    }
}
