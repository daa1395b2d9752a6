package org.redflag.features.tokensregex;

/**
 * Java's case-insensitive matching with Unicode case ({@code (?iu)}), character by character: a
 * pattern's letter matches a character when both upper-cased, then lower-cased, are the same, and a
 * pattern's character without case matches itself only. A word list compares folded words instead
 * ({@link WordListCondition}), which is the same test only for characters where the two rules agree:
 * {@link #foldsLikeThePattern} tells which words are made of such characters.
 */
final class UnicodeCaseFold {

    /** Per character without case, whether another character folds onto it: such a character matches only itself. */
    private static final boolean[] TARGET_OF_ANOTHER = targets();

    private UnicodeCaseFold() {
    }

    /**
     * @param c a character
     * @return it upper-cased, then lower-cased, as {@code Pattern} folds it
     */
    static char of(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /**
     * @param word a word of a list, as its expression writes it
     * @return whether comparing the word's and a token's folded forms answers exactly as the expression does
     */
    static boolean foldsLikeThePattern(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char folded = of(c);
            boolean cased = Character.toUpperCase(c) != folded;
            if (Character.isSurrogate(c) || of(folded) != folded || !cased && (folded != c || TARGET_OF_ANOTHER[c])) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] targets() {
        boolean[] target = new boolean[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = of((char) c);
            if (folded != c) {
                target[folded] = true;
            }
        }
        return target;
    }
}
