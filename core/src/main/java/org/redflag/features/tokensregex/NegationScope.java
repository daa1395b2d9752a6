package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a rule's match is negated: whether a negation cue ("no", "not", "never", ...)
 * stands in the few tokens before the match, within the same clause. The reach of a cue ends at a
 * clause boundary, so that in list-style ads the negation of one item does not reach the next:
 * in "No fee, passports kept by the company" or "✅ no experience ✅ age 21-40" only the first item
 * is negated.
 *
 * <p>A clause boundary is a word or punctuation mark of the boundary list ("but", "however", ",",
 * ";", ":", brackets), or any token made only of symbols or punctuation (list bullets, emoji, a
 * dash between spaces), except the marks that join the words of one phrase: a hyphen inside a
 * word ("no-fee"), quotes, apostrophes, "&amp;", "/", "+", "%", "@" and currency signs.
 */
final class NegationScope {

    /** How many tokens before a match a negation cue reaches, at most. */
    static final int WINDOW = 4;

    /** Symbol-only tokens that join the words of one phrase, never a boundary. */
    private static final Set<String> JOINING_MARKS = Set.of("&", "/", "+", "%", "@", "'", "\"", "`", "``", "''",
            "‘", "’", "“", "”");

    private final Set<String> cues;
    private final Set<String> boundaries;

    private NegationScope(Set<String> cues, Set<String> boundaries) {
        this.cues = cues;
        this.boundaries = boundaries;
    }

    /**
     * @param cues the text of a cues file: one word a line, {@code #} starts a comment
     * @param boundaries the text of a boundaries file, same format; null for none
     * @return the scope
     */
    static NegationScope of(String cues, String boundaries) {
        return new NegationScope(words(cues), words(boundaries));
    }

    private static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param tokens the tokens of one sentence
     * @param begin the character offset where a match starts
     * @return true when a negation cue stands before the match, at most {@link #WINDOW} tokens back
     *         and with no clause boundary between it and the match
     */
    boolean negates(List<CoreLabel> tokens, int begin) {
        int first = 0;
        while (first < tokens.size() && tokens.get(first).beginPosition() < begin) {
            first++;
        }
        for (int i = first - 1; i >= Math.max(0, first - WINDOW); i--) {
            CoreLabel t = tokens.get(i);
            if (isCue(t)) {
                return true;
            }
            if (isBoundary(tokens, i)) {
                return false;
            }
        }
        return false;
    }

    private boolean isCue(CoreLabel t) {
        return cues.contains(t.word().toLowerCase(Locale.ROOT)) || cues.contains(lemma(t));
    }

    private boolean isBoundary(List<CoreLabel> tokens, int i) {
        CoreLabel t = tokens.get(i);
        String word = t.word().toLowerCase(Locale.ROOT);
        if (boundaries.contains(word) || boundaries.contains(lemma(t))) {
            return true;
        }
        if (!symbolsOnly(word) || JOINING_MARKS.contains(word)) {
            return false;
        }
        if (word.equals("-")) {
            // a hyphen inside a word ("no-fee") joins; a dash between spaces ("no fee - visa paid") separates
            return !(i > 0 && tokens.get(i - 1).endPosition() == t.beginPosition()
                    && i + 1 < tokens.size() && tokens.get(i + 1).beginPosition() == t.endPosition());
        }
        return word.codePoints().noneMatch(c -> Character.getType(c) == Character.CURRENCY_SYMBOL);
    }

    private static String lemma(CoreLabel t) {
        return t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
    }

    private static boolean symbolsOnly(String word) {
        return !word.isEmpty() && word.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
