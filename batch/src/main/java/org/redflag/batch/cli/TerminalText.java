package org.redflag.batch.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * A writer to a terminal that shows control characters as U+FFFD instead of passing them on: ads are
 * written by strangers, and an escape sequence in a title or an evidence span would otherwise clear the
 * screen, recolour or rewrite what Redflag printed ("risk 0.95 HIGH" turned into "LOW"), and a bidirectional
 * override or isolate would reorder the rest of the line as a terminal that honours it shows it. Line breaks and
 * tabs pass; a carriage return passes only before a line feed, or everywhere where the writer is told to
 * let it pass (the progress line on standard error redraws itself with it).
 */
final class TerminalText extends FilterWriter {

    private static final char SHOWN_INSTEAD = '\uFFFD';

    private final boolean carriageReturns;

    /**
     * @param out where the text goes
     * @param carriageReturns whether a carriage return not followed by a line feed passes
     */
    TerminalText(Writer out, boolean carriageReturns) {
        super(out);
        this.carriageReturns = carriageReturns;
    }

    @Override
    public void write(int c) throws IOException {
        out.write(c == '\r' && carriageReturns || !isControl((char) c) ? c : SHOWN_INSTEAD);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length), 0, length);
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        StringBuilder safe = null;
        for (int i = offset; i < offset + length; i++) {
            char c = s.charAt(i);
            boolean lineEnd = c == '\r' && (carriageReturns || i + 1 < offset + length && s.charAt(i + 1) == '\n');
            if (isControl(c) && !lineEnd) {
                if (safe == null) {
                    safe = new StringBuilder(length).append(s, offset, i);
                }
                safe.append(SHOWN_INSTEAD);
            } else if (safe != null) {
                safe.append(c);
            }
        }
        if (safe == null) {
            out.write(s, offset, length);
        } else {
            out.write(safe.toString());
        }
    }

    /**
     * @return whether a terminal may act on the character: C0 and C1 controls and DEL, but for line feed and tab, and the
     *     bidirectional embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069); the marks that only set
     *     the direction of a neutral character (U+200E, U+200F) pass, as right-to-left ads use them
     */
    static boolean isControl(char c) {
        return c != '\n' && c != '\t' && (c < 0x20 || c >= 0x7F && c <= 0x9F)
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069';
    }
}
