package org.redflag.features.sentences;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a passage into TF-IDF weights of two blocks of n-grams, each scaled to unit length: the character n-grams of 3 to 5
 * within each word as spaces divide them, punctuation included (the word padded by a space on each side, so that its start
 * and end count), which match a word's other
 * forms and spellings in any script ("deducted", "deduction", "dipotong", "potongan"); and the words and word pairs. Term
 * frequencies are damped (1 + ln tf); a term's weight grows the rarer it is ({@code idf = ln((1 + n) / (1 + df)) + 1}).
 */
public final class NgramVectorizer {

    private static final int SHORTEST = 3;
    private static final int LONGEST = 5;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final Pattern WORDS_AS_SPACES_DIVIDE = Pattern.compile("(?U)\\S+");
    private static final String CHARS = "c ";
    private static final String WORDS = "w ";

    /** How many words {@link #termsOf} remembers before it forgets them all and starts again. */
    static final int MAX_REMEMBERED_WORDS = 100_000;

    private final Map<String, Integer> columns;
    private final float[] idf;
    private final boolean[] wordColumn;
    private final Map<String, WordTerms> byWord = new ConcurrentHashMap<>();

    private NgramVectorizer(List<String> terms, float[] idf) {
        this.columns = new HashMap<>(terms.size() * 2);
        this.wordColumn = new boolean[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            columns.put(terms.get(i), i);
            wordColumn[i] = terms.get(i).startsWith(WORDS);
        }
        this.idf = idf;
    }

    /**
     * Learns the terms and their weights from passages.
     *
     * @param passages the training passages
     * @param minDocuments the fewest passages a term must occur in to be kept
     * @return the vectorizer
     */
    public static NgramVectorizer fit(List<String> passages, int minDocuments) {
        Map<String, Integer> df = new HashMap<>();
        for (String passage : passages) {
            for (String term : terms(passage).keySet()) {
                df.merge(term, 1, Integer::sum);
            }
        }
        List<String> kept = new ArrayList<>(new TreeMap<>(df).keySet());
        kept.removeIf(t -> df.get(t) < minDocuments);
        float[] idf = new float[kept.size()];
        for (int i = 0; i < idf.length; i++) {
            idf[i] = (float) (Math.log((1.0 + passages.size()) / (1.0 + df.get(kept.get(i)))) + 1);
        }
        return new NgramVectorizer(kept, idf);
    }

    /** @return how many columns a vector has */
    public int size() {
        return idf.length;
    }

    /** @return the weight of a term ({@code "c "} or {@code "w "} and the n-gram), NaN for a term not learnt */
    float idf(String term) {
        int column = column(term);
        return column < 0 ? Float.NaN : idf[column];
    }

    /** @return the column of a term ({@code "c "} or {@code "w "} and the n-gram), -1 for a term not learnt */
    int column(String term) {
        Integer column = columns.get(term);
        return column == null ? -1 : column;
    }

    /**
     * @param passage a passage
     * @return its weights; terms not learnt are left out
     */
    public SparseVector vector(String passage) {
        // the learnt columns of every occurrence, a column as often as its term occurs
        int[] found = new int[64];
        int size = 0;
        Matcher spaced = WORDS_AS_SPACES_DIVIDE.matcher(passage);
        String previous = null;
        while (spaced.find()) {
            WordTerms word = termsOf(spaced.group().toLowerCase(Locale.ROOT));
            int room = size + word.columns().length + word.words().length;
            if (room > found.length) {
                found = Arrays.copyOf(found, Math.max(2 * found.length, room));
            }
            System.arraycopy(word.columns(), 0, found, size, word.columns().length);
            size += word.columns().length;
            for (String part : word.words()) {
                if (previous != null) {
                    Integer pair = columns.get(WORDS + previous + " " + part);
                    if (pair != null) {
                        found[size++] = pair;
                    }
                }
                previous = part;
            }
        }
        Arrays.sort(found, 0, size);
        int distinct = 0;
        for (int i = 0; i < size; i++) {
            distinct += i == 0 || found[i] != found[i - 1] ? 1 : 0;
        }
        int[] cols = new int[distinct];
        float[] values = new float[distinct];
        double chars = 0;
        double words = 0;
        for (int i = 0, term = 0; i < size; term++) {
            int column = found[i];
            int count = 0;
            for (; i < size && found[i] == column; i++) {
                count++;
            }
            cols[term] = column;
            values[term] = (float) ((1 + Math.log(count)) * idf[column]);
            double square = values[term] * (double) values[term];
            if (wordColumn[column]) {
                words += square;
            } else {
                chars += square;
            }
        }
        for (int i = 0; i < distinct; i++) {
            values[i] = (float) (values[i] / Math.sqrt(wordColumn[cols[i]] ? words : chars));
        }
        return new SparseVector(cols, values);
    }

    /**
     * What a word as spaces divide it brings to a passage whatever its neighbours, remembered: passages share most of
     * their words, and a word's dozen n-grams are then one lookup instead of a dozen strings made and looked up.
     */
    private WordTerms termsOf(String word) {
        WordTerms known = byWord.get(word);
        if (known != null) {
            return known;
        }
        if (byWord.size() >= MAX_REMEMBERED_WORDS) {
            byWord.clear();
        }
        return byWord.computeIfAbsent(word, this::firstSight);
    }

    private WordTerms firstSight(String word) {
        List<String> parts = wordsIn(word);
        // each of the three n-gram lengths fits at most as often as the padded word has characters
        int[] found = new int[3 * (word.length() + 2) + parts.size()];
        int[] size = {0};
        charNgrams(word, term -> {
            Integer column = columns.get(term);
            if (column != null) {
                found[size[0]++] = column;
            }
        });
        for (String part : parts) {
            Integer column = columns.get(WORDS + part);
            if (column != null) {
                found[size[0]++] = column;
            }
        }
        return new WordTerms(Arrays.copyOf(found, size[0]), parts.toArray(String[]::new));
    }

    /**
     * A word as spaces divide it, as a passage's vector sees it alone.
     *
     * @param columns the learnt columns of its character n-grams and of its words, a column as often as its term occurs
     * @param words its words ({@link #WORD}), in order, which pair with their neighbours across the word's bounds
     */
    private record WordTerms(int[] columns, String[] words) {
    }

    /** The n-grams of a passage with their counts, each prefixed by its block. */
    static Map<String, Integer> terms(String passage) {
        Map<String, Integer> counts = new HashMap<>();
        occurrences(passage, (term, first, last) -> counts.merge(term, 1, Integer::sum));
        return counts;
    }

    /** Receives one occurrence of an n-gram and the first and last word (as spaces divide them) it lies in. */
    @FunctionalInterface
    private interface Occurrence {
        void accept(String term, int firstWord, int lastWord);
    }

    /**
     * Hands every n-gram occurrence of a passage to {@code sink}, with the words it lies in numbered from 0 in the order
     * {@link #WORDS_AS_SPACES_DIVIDE} finds them.
     */
    private static void occurrences(String passage, Occurrence sink) {
        Matcher spaced = WORDS_AS_SPACES_DIVIDE.matcher(passage);
        String previous = null;
        int previousWord = -1;
        for (int w = 0; spaced.find(); w++) {
            String word = spaced.group().toLowerCase(Locale.ROOT);
            int at = w;
            charNgrams(word, term -> sink.accept(term, at, at));
            for (String part : wordsIn(word)) {
                sink.accept(WORDS + part, w, w);
                if (previous != null) {
                    sink.accept(WORDS + previous + " " + part, previousWord, w);
                }
                previous = part;
                previousWord = w;
            }
        }
    }

    /** Hands each character n-gram occurrence of a word (lower case, as spaces divide it) to {@code sink}. */
    private static void charNgrams(String word, java.util.function.Consumer<String> sink) {
        int[] padded = (" " + word + " ").codePoints().toArray();
        for (int n = SHORTEST; n <= LONGEST; n++) {
            if (padded.length <= n) {
                sink.accept(CHARS + new String(padded, 0, padded.length));
                break;
            }
            for (int at = 0; at + n <= padded.length; at++) {
                sink.accept(CHARS + new String(padded, at, n));
            }
        }
    }

    /** @return the words ({@link #WORD}) of a word as spaces divide it, in order */
    private static List<String> wordsIn(String word) {
        List<String> parts = new ArrayList<>(1);
        Matcher m = WORD.matcher(word);
        while (m.find()) {
            parts.add(m.group());
        }
        return parts;
    }

    /**
     * A word of a passage as spaces divide it, and its share of a linear score.
     *
     * @param start offset of its first character in the passage
     * @param end offset after its last character
     * @param share its share of the score
     */
    record WordShare(int start, int end, double share) {
    }

    /**
     * Divides a linear score over a passage's vector among its words: a term adds its weight times its value, in equal
     * parts to each of its occurrences; a character n-gram's part goes to the word it lies in, a word pair's half to each
     * of its words. The shares add up to the score without the bias.
     *
     * @param passage a passage
     * @param weights one weight per column
     * @return the passage's words, in order, with their shares
     */
    List<WordShare> wordShares(String passage, float[] weights) {
        Map<String, Integer> tf = terms(passage);
        SparseVector vector = vector(passage);
        Map<Integer, Float> value = new HashMap<>();
        for (int i = 0; i < vector.columns().length; i++) {
            value.put(vector.columns()[i], vector.values()[i]);
        }
        List<int[]> bounds = new ArrayList<>();
        Matcher spaced = WORDS_AS_SPACES_DIVIDE.matcher(passage);
        while (spaced.find()) {
            bounds.add(new int[] {spaced.start(), spaced.end()});
        }
        double[] shares = new double[bounds.size()];
        occurrences(passage, (term, first, last) -> {
            Integer column = columns.get(term);
            if (column == null) {
                return;
            }
            double part = weights[column] * value.get(column) / tf.get(term);
            shares[first] += first == last ? part : part / 2;
            if (first != last) {
                shares[last] += part / 2;
            }
        });
        List<WordShare> words = new ArrayList<>(shares.length);
        for (int i = 0; i < shares.length; i++) {
            words.add(new WordShare(bounds.get(i)[0], bounds.get(i)[1], shares[i]));
        }
        return words;
    }

    void write(DataOutputStream out) throws IOException {
        String[] terms = new String[idf.length];
        columns.forEach((term, column) -> terms[column] = term);
        out.writeInt(terms.length);
        for (int i = 0; i < terms.length; i++) {
            out.writeUTF(terms[i]);
            out.writeFloat(idf[i]);
        }
    }

    static NgramVectorizer read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 10_000_000) {
            throw new IOException("implausible number of terms " + n);
        }
        List<String> terms = new ArrayList<>(n);
        float[] idf = new float[n];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String term = in.readUTF();
            if (!seen.add(term)) {
                throw new IOException("term listed twice: " + term);
            }
            terms.add(term);
            idf[i] = in.readFloat();
        }
        return new NgramVectorizer(terms, idf);
    }
}
