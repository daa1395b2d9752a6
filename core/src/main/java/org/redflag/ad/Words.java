package org.redflag.ad;

import java.text.BreakIterator;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Counts the words of a text, in any script: how much an ad says. */
public final class Words {

    /** Scripts written without spaces between words, whose letters are mostly one a syllable. */
    private static final Set<Character.UnicodeScript> UNSPACED = EnumSet.of(Character.UnicodeScript.THAI,
            Character.UnicodeScript.LAO, Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR);

    private Words() {
    }

    /**
     * Counts the words of a text: the stretches between word boundaries that hold a letter or a digit, so that
     * punctuation, dashes and emoji count for nothing. In scripts written without spaces between words a boundary
     * falls only where the script changes, so there the words are estimated from the letters: an ideograph (Chinese,
     * Japanese) is a word, and two letters of Thai, Lao, Khmer or Myanmar, whose letters are about one a syllable
     * (vowel signs are marks, not letters), are a word.
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
        int unspaced = 0;
        boolean letterOrDigit = false;
        for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (Character.isIdeographic(c)) {
                ideographs++;
            } else if (Character.isLetter(c) && UNSPACED.contains(Character.UnicodeScript.of(c))) {
                unspaced++;
            } else if (Character.isLetterOrDigit(c)) {
                letterOrDigit = true;
            }
        }
        return ideographs + (unspaced + 1) / 2 + (letterOrDigit ? 1 : 0);
    }
}
