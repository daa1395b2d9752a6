package org.redflag.batch.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.redflag.RedflagException;
import org.redflag.ad.ByteOrderMark;
import org.redflag.ad.DecodedText;
import org.redflag.ad.RawPage;
import org.redflag.scrape.jsoup.JsoupAdExtractor;

/**
 * Reads the bytes of an ad given to {@code assess} as text: UTF-8, or UTF-8 or UTF-16 by its byte-order
 * mark; an HTML page in the charset it declares. What decoding shows is no text ({@link DecodedText#notText()}: NUL
 * bytes, or more than a tenth of control characters and bytes not of the charset: a program, an image, random
 * bytes) is refused rather than scored; bytes not of the charset in a text are told in one warning line, and the
 * text is read with U+FFFD in their place.
 */
final class AdBytes {

    private AdBytes() {
    }

    /**
     * @param bytes the file's or the input's bytes
     * @param where the file's name, for the messages
     * @param warn takes the one-line warning of bytes that are not of the charset
     * @return the text, without its byte-order mark
     * @throws RedflagException when the bytes are not text
     */
    static String text(byte[] bytes, String where, Consumer<String> warn) {
        Optional<ByteOrderMark> mark = ByteOrderMark.of(bytes, bytes.length);
        int start = mark.map(ByteOrderMark::length).orElse(0);
        Charset charset = mark.map(ByteOrderMark::charset).orElse(StandardCharsets.UTF_8);
        return checked(DecodedText.decode(bytes, start, charset), where, warn).text();
    }

    /**
     * @param page an HTML page, whose charset the page itself may declare
     * @param where the file's name, for the messages
     * @param warn takes the one-line warning of bytes that are not of the page's charset
     * @throws RedflagException when the page is not text
     */
    static void checkHtml(RawPage page, String where, Consumer<String> warn) {
        checked(JsoupAdExtractor.decoded(page), where, warn);
    }

    private static DecodedText checked(DecodedText decoded, String where, Consumer<String> warn) {
        decoded.notText().ifPresent(why -> {
            throw new RedflagException(where + " is not text (" + why + "): give an ad as HTML, JSON, JSON Lines, CSV or "
                    + "plain text, in UTF-8 or with a byte-order mark");
        });
        decoded.badBytesWarning(where).ifPresent(warn);
        return decoded;
    }
}
