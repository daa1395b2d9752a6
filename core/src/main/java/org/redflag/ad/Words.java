package org.redflag.ad;

import java.text.BreakIterator;
import java.util.Locale;

/** Counts the words of a text, in any script: how much an ad says. */
public final class Words {

    private Words() {
    }

    /**
     * Counts the words of a text: the stretches between word boundaries that hold a letter or a digit, so that
     * punctuation, dashes and emoji count for nothing. A script written without spaces between words (Chinese,
     * Japanese) counts each ideograph as a word, as a boundary there falls only where the script changes.
     *
     * @param text a text
     * @return its number of words
     */
    public static int count(String text) {
        BreakIterator boundaries = BreakIterator.getWordInstance(Locale.ROOT);
        boundaries.setText(text);
        int words = 0;
        int start = boundaries.first();
        for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
            words += wordsIn(text, start, end);
        }
        return words;
    }

    private static int wordsIn(String text, int start, int end) {
        int ideographs = 0;
        boolean letterOrDigit = false;
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (Character.isIdeographic(c)) {
                ideographs++;
            } else if (Character.isLetterOrDigit(c)) {
                letterOrDigit = true;
            }
        }
        return ideographs + (letterOrDigit ? 1 : 0);
    }
}
