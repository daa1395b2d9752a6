package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.tokensregex.ComplexNodePattern;
import edu.stanford.nlp.ling.tokensregex.CoreMapNodePattern;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Tests a token pattern the way TokensRegex does, but answers its conditions that are plain lists of
 * words ({@code /(?i)fees?|charges?|deposit/}) by looking the token's word up in the list's words
 * instead of running the regular expression: the first sight of a token is tried on hundreds of
 * trigger patterns, and the regular expressions were most of that cost.
 *
 * <p>A regular expression counts as a list of words only when it is alternatives of literal
 * characters, each at most made optional by {@code ?}, compiled with no flag but case-insensitivity,
 * given as flags or as a leading {@code (?i)}, {@code (?iu)} or {@code (?ui)}. The lookup folds case as
 * the expression does ({@link Fold}). Every word of the list is checked against the expression when
 * the list is built; anything else keeps its regular expression.
 */
final class WordListCondition {

    /** Words a list may expand to, at most; a longer expansion keeps its regular expression. */
    private static final int MAX_WORDS = 4096;

    private WordListCondition() {
    }

    /**
     * @param node a token pattern
     * @return a test equal to {@code node.match}, with word lists looked up where the pattern has them
     */
    static Predicate<CoreMap> tester(NodePattern<CoreMap> node) {
        if (node.getClass() != CoreMapNodePattern.class) {
            return node::match;
        }
        List<Pair<Class, NodePattern>> conditions = ((CoreMapNodePattern) node).getAnnotationPatterns();
        List<Predicate<CoreMap>> tests = new ArrayList<>(conditions.size());
        boolean anyList = false;
        for (Pair<Class, NodePattern> c : conditions) {
            Class<?> key = c.first();
            NodePattern<Object> condition = c.second();
            Words words = c.second() instanceof ComplexNodePattern.StringAnnotationRegexPattern regex
                    ? words(regex.getPattern()) : null;
            if (words == null) {
                // what ComplexNodePattern does: the value under the key, matched by the condition
                tests.add(token -> condition.match(token.get((Class) key)));
            } else {
                anyList = true;
                tests.add(token -> {
                    Object value = token.get((Class) key);
                    return value != null && words.contains((String) value);
                });
            }
        }
        if (!anyList) {
            return node::match;
        }
        return token -> {
            for (Predicate<CoreMap> t : tests) {
                if (!t.test(token)) {
                    return false;
                }
            }
            return true;
        };
    }

    /**
     * How a case-insensitive expression compares a token's character with its own: Java folds ASCII
     * letters only, unless the expression asks for Unicode case too.
     */
    enum Fold {
        /** {@code (?i)}: ASCII letters lower-cased, every other character as it is. */
        ASCII,
        /** {@code (?iu)}: each character upper-cased, then lower-cased, as {@code Pattern} folds it with Unicode case. */
        UNICODE;

        /**
         * @param s a word
         * @return the word folded, the form a list keeps and looks up
         */
        String apply(String s) {
            return this == ASCII ? foldAscii(s) : foldUnicode(s);
        }
    }

    /**
     * The words a list matches, folded as its expression compares them.
     *
     * @param fold how case is folded
     * @param folded its words, folded
     */
    record Words(Fold fold, Set<String> folded) {

        /**
         * @param value a token's word, lemma or tag
         * @return whether the expression matches it
         */
        boolean contains(String value) {
            return folded.contains(fold.apply(value));
        }
    }

    /**
     * A token pattern that is one word list on one annotation.
     *
     * @param key the annotation
     * @param words its words
     */
    record WordList(Class<?> key, Words words) {
    }

    /**
     * @param node a token pattern
     * @return its word list when the pattern is a single condition that is a word list; null otherwise
     */
    static WordList wordListOf(NodePattern<CoreMap> node) {
        if (node.getClass() != CoreMapNodePattern.class) {
            return null;
        }
        List<Pair<Class, NodePattern>> conditions = ((CoreMapNodePattern) node).getAnnotationPatterns();
        if (conditions.size() != 1
                || !(conditions.get(0).second() instanceof ComplexNodePattern.StringAnnotationRegexPattern regex)) {
            return null;
        }
        Words words = words(regex.getPattern());
        return words == null ? null : new WordList(conditions.get(0).first(), words);
    }

    /**
     * @param regex a compiled regular expression
     * @return the words it matches exactly, folded as it compares them; null when it is not a plain list of words
     */
    static Words words(Pattern regex) {
        int flags = regex.flags();
        boolean knownFlags = flags == 0 || flags == Pattern.CASE_INSENSITIVE
                || flags == (Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        if (!knownFlags) {
            return null;
        }
        boolean caseless = flags != 0;
        boolean unicode = (flags & Pattern.UNICODE_CASE) != 0;
        String s = regex.pattern();
        for (String group : List.of("(?i)", "(?iu)", "(?ui)")) {
            if (s.startsWith(group)) {
                caseless = true;
                unicode |= group.contains("u");
                s = s.substring(group.length());
                break;
            }
        }
        if (!caseless) {
            return null;
        }
        Fold fold = unicode ? Fold.UNICODE : Fold.ASCII;
        List<List<Part>> branches = branches(s);
        if (branches == null) {
            return null;
        }
        Set<String> words = new HashSet<>();
        for (List<Part> branch : branches) {
            if (branch.isEmpty() || !expand(branch, 0, new StringBuilder(), words)) {
                return null;
            }
        }
        Set<String> folded = new HashSet<>();
        for (String w : words) {
            if (!regex.matcher(w).matches() || fold == Fold.UNICODE && !UnicodeCaseFold.foldsLikeThePattern(w)) {
                return null;
            }
            folded.add(fold.apply(w));
        }
        return new Words(fold, folded);
    }

    /** One literal character of a word list, perhaps optional. */
    private record Part(char c, boolean optional) {
    }

    /** @return the alternatives as literal characters; null when the expression is anything more */
    private static List<List<Part>> branches(String s) {
        List<List<Part>> branches = new ArrayList<>();
        List<Part> current = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                return null;
            }
            if (c == '|') {
                branches.add(current);
                current = new ArrayList<>();
            } else if (c == '?') {
                if (current.isEmpty() || current.get(current.size() - 1).optional()) {
                    return null;
                }
                current.set(current.size() - 1, new Part(current.get(current.size() - 1).c(), true));
            } else if (c == '\\') {
                if (i + 1 >= s.length() || Character.isLetterOrDigit(s.charAt(i + 1)) || Character.isSurrogate(s.charAt(i + 1))) {
                    return null;
                }
                current.add(new Part(s.charAt(++i), false));
            } else if ("()[]{}*+.^$".indexOf(c) >= 0) {
                return null;
            } else {
                current.add(new Part(c, false));
            }
        }
        branches.add(current);
        return branches;
    }

    private static boolean expand(List<Part> branch, int from, StringBuilder prefix, Set<String> words) {
        if (words.size() > MAX_WORDS) {
            return false;
        }
        if (from == branch.size()) {
            words.add(prefix.toString());
            return true;
        }
        Part part = branch.get(from);
        if (part.optional() && !expand(branch, from + 1, prefix, words)) {
            return false;
        }
        int length = prefix.length();
        prefix.append(part.c());
        boolean ok = expand(branch, from + 1, prefix, words);
        prefix.setLength(length);
        return ok;
    }

    /** Upper-cases, then lower-cases each character, as Java's case-insensitive matching with Unicode case does. */
    static String foldUnicode(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = UnicodeCaseFold.of(chars[i]);
        }
        return new String(chars);
    }

    /** Lower-cases the ASCII letters only, as Java's case-insensitive matching without Unicode case does. */
    static String foldAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                char[] chars = s.toCharArray();
                for (int j = i; j < chars.length; j++) {
                    if (chars[j] >= 'A' && chars[j] <= 'Z') {
                        chars[j] = (char) (chars[j] + ('a' - 'A'));
                    }
                }
                return new String(chars);
            }
        }
        return s;
    }
}
