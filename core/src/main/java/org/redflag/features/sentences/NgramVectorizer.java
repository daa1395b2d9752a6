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

    private final Map<String, Integer> columns;
    private final float[] idf;
    private final boolean[] wordColumn;

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
        Integer column = columns.get(term);
        return column == null ? Float.NaN : idf[column];
    }

    /**
     * @param passage a passage
     * @return its weights; terms not learnt are left out
     */
    public SparseVector vector(String passage) {
        Map<String, Integer> tf = terms(passage);
        // each learnt term as one number, its column in the high half and its weight in the low half,
        // so that sorting the numbers puts the terms in column order
        long[] terms = new long[tf.size()];
        int size = 0;
        for (var e : tf.entrySet()) {
            Integer column = columns.get(e.getKey());
            if (column != null) {
                float weight = (float) ((1 + Math.log(e.getValue())) * idf[column]);
                terms[size++] = (long) column << 32 | Float.floatToRawIntBits(weight) & 0xFFFF_FFFFL;
            }
        }
        Arrays.sort(terms, 0, size);
        int[] cols = new int[size];
        float[] values = new float[size];
        double chars = 0;
        double words = 0;
        for (int i = 0; i < size; i++) {
            cols[i] = (int) (terms[i] >>> 32);
            values[i] = Float.intBitsToFloat((int) terms[i]);
            double square = values[i] * (double) values[i];
            if (wordColumn[cols[i]]) {
                words += square;
            } else {
                chars += square;
            }
        }
        for (int i = 0; i < size; i++) {
            values[i] = (float) (values[i] / Math.sqrt(wordColumn[cols[i]] ? words : chars));
        }
        return new SparseVector(cols, values);
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
            int[] padded = (" " + word + " ").codePoints().toArray();
            for (int n = SHORTEST; n <= LONGEST; n++) {
                if (padded.length <= n) {
                    sink.accept(CHARS + new String(padded, 0, padded.length), w, w);
                    break;
                }
                for (int at = 0; at + n <= padded.length; at++) {
                    sink.accept(CHARS + new String(padded, at, n), w, w);
                }
            }
            Matcher m = WORD.matcher(word);
            while (m.find()) {
                sink.accept(WORDS + m.group(), w, w);
                if (previous != null) {
                    sink.accept(WORDS + previous + " " + m.group(), previousWord, w);
                }
                previous = m.group();
                previousWord = w;
            }
        }
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
