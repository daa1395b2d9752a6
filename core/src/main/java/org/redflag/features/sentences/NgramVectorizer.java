package org.redflag.features.sentences;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
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
        TreeMap<Integer, Float> weights = new TreeMap<>();
        terms(passage).forEach((term, tf) -> {
            Integer column = columns.get(term);
            if (column != null) {
                weights.put(column, (float) ((1 + Math.log(tf)) * idf[column]));
            }
        });
        double chars = 0;
        double words = 0;
        for (var e : weights.entrySet()) {
            double square = e.getValue() * (double) e.getValue();
            if (wordColumn[e.getKey()]) {
                words += square;
            } else {
                chars += square;
            }
        }
        int[] cols = new int[weights.size()];
        float[] values = new float[weights.size()];
        int i = 0;
        for (var e : weights.entrySet()) {
            double norm = Math.sqrt(wordColumn[e.getKey()] ? words : chars);
            cols[i] = e.getKey();
            values[i++] = (float) (e.getValue() / norm);
        }
        return new SparseVector(cols, values);
    }

    /** The n-grams of a passage with their counts, each prefixed by its block. */
    static Map<String, Integer> terms(String passage) {
        String lower = passage.toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        for (String word : lower.split("(?U)\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int[] padded = (" " + word + " ").codePoints().toArray();
            for (int n = SHORTEST; n <= LONGEST; n++) {
                if (padded.length <= n) {
                    counts.merge(CHARS + new String(padded, 0, padded.length), 1, Integer::sum);
                    break;
                }
                for (int at = 0; at + n <= padded.length; at++) {
                    counts.merge(CHARS + new String(padded, at, n), 1, Integer::sum);
                }
            }
        }
        Matcher m = WORD.matcher(lower);
        String previous = null;
        while (m.find()) {
            counts.merge(WORDS + m.group(), 1, Integer::sum);
            if (previous != null) {
                counts.merge(WORDS + previous + " " + m.group(), 1, Integer::sum);
            }
            previous = m.group();
        }
        return counts;
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
