package org.redflag.features.sentences;

import java.util.List;
import org.redflag.nlp.Span;

/**
 * The words a person would highlight in a passage where the sentence model found an indicator: the run of {@value #FEWEST}
 * to {@value #MOST} words (as spaces divide them) whose shares of the indicator's score add up highest, without the
 * bullets and punctuation at either end. A passage of {@value #FEWEST} words or fewer is kept whole. The corpus guide asks
 * for 3 to 15 words of evidence; the rules' spans are of that size, and so, this way, are the model's.
 */
final class Highlight {

    static final int FEWEST = 3;
    static final int MOST = 12;

    private Highlight() {
    }

    /**
     * @param passage the passage, a span of one field
     * @param words its words with their shares of the indicator's score ({@link NgramVectorizer#wordShares})
     * @return the part of the passage to highlight, a span of the same field
     */
    static Span of(Span passage, List<NgramVectorizer.WordShare> words) {
        if (words.isEmpty()) {
            return passage;
        }
        int first = 0;
        int last = words.size() - 1;
        if (words.size() > FEWEST) {
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < words.size(); a++) {
                double sum = 0;
                for (int b = a; b < words.size() && b < a + MOST; b++) {
                    sum += words.get(b).share();
                    if (b - a + 1 >= FEWEST && sum > best) {
                        best = sum;
                        first = a;
                        last = b;
                    }
                }
            }
        }
        String text = passage.text();
        int start = words.get(first).start();
        int end = words.get(last).end();
        while (start < end && !opensEvidence(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && ".,;:!?…".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (start == end) {
            return passage;
        }
        return new Span(passage.field(), passage.start() + start, passage.start() + end, text.substring(start, end));
    }

    /** Whether evidence may start with this character: not a bullet, a dash or a stop. */
    private static boolean opensEvidence(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.CURRENCY_SYMBOL || "+(\"“'‘@#".indexOf(c) >= 0;
    }
}
