package org.redflag.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redflag.ad.JobAd;

/**
 * MinHash signatures of an ad's text and their locality-sensitive hashing (LSH) bands, to find
 * near-duplicate ads without comparing every pair.
 *
 * <p>The text (title, description, requirements, benefits: not the employer, place, pay or contact, which
 * change between reposts of one template) is lower-cased and cut into words; the shingles are the
 * runs of {@value #SHINGLE} words. The signature holds, for each of {@value #HASHES} hash functions, the
 * smallest hash of any shingle; the share of positions where two signatures agree estimates the
 * Jaccard similarity of the two shingle sets. The signature is cut into {@value #BANDS} bands of
 * {@value #ROWS} rows; two ads that agree on a whole band are candidates, which happens with probability
 * {@code 1-(1-J^4)^32}: 0.99 at J = 0.6, 0.05 at J = 0.2. Candidates are kept as near-duplicates when their
 * estimated similarity reaches {@link #SIMILAR}.
 */
public final class MinHash {

    /** Words per shingle. */
    public static final int SHINGLE = 3;
    /** Hash functions, the signature's length. */
    public static final int HASHES = 128;
    /** LSH bands. */
    public static final int BANDS = 32;
    /** Rows (signature positions) per band. */
    public static final int ROWS = HASHES / BANDS;
    /**
     * The estimated Jaccard similarity of word shingles from which two ads count as near-duplicates.
     * A reposted ad scores 0.8–1.0; one template under another employer name and place typically
     * 0.6–0.9; two different ads for the same kind of job stay below 0.3.
     */
    public static final double SIMILAR = 0.6;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final long[] SEEDS = new long[HASHES];

    static {
        long s = 0x5DEECE66DL;
        for (int i = 0; i < HASHES; i++) {
            s = mix(s + 0x9E3779B97F4A7C15L);
            SEEDS[i] = s;
        }
    }

    private MinHash() {
    }

    /**
     * @param ad an ad
     * @return its signature, {@value #HASHES} values; empty when the ad has no words
     */
    public static int[] signature(JobAd ad) {
        return signature(String.join("\n", ad.title(), ad.description(), ad.requirements(), ad.benefits()));
    }

    /**
     * @param text any text
     * @return its signature, {@value #HASHES} values; empty when the text has no words
     */
    public static int[] signature(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        if (words.isEmpty()) {
            return new int[0];
        }
        int n = Math.min(SHINGLE, words.size());
        long[] min = new long[HASHES];
        java.util.Arrays.fill(min, Long.MAX_VALUE);
        for (int i = 0; i + n <= words.size(); i++) {
            long h = 0xcbf29ce484222325L;
            for (int j = i; j < i + n; j++) {
                for (byte b : words.get(j).getBytes(StandardCharsets.UTF_8)) {
                    h = (h ^ b) * 0x100000001b3L;
                }
                h = (h ^ ' ') * 0x100000001b3L;
            }
            for (int k = 0; k < HASHES; k++) {
                long v = mix(h ^ SEEDS[k]);
                if (v < min[k]) {
                    min[k] = v;
                }
            }
        }
        int[] sig = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            sig[k] = (int) (min[k] >>> 32);
        }
        return sig;
    }

    /**
     * @param a a signature
     * @param b another
     * @return the estimated Jaccard similarity of the two texts' shingles, 0 when either is empty
     */
    public static double similarity(int[] a, int[] b) {
        if (a.length != HASHES || b.length != HASHES) {
            return 0;
        }
        int same = 0;
        for (int k = 0; k < HASHES; k++) {
            if (a[k] == b[k]) {
                same++;
            }
        }
        return same / (double) HASHES;
    }

    /**
     * @param signature a signature
     * @return one key per band ({@code b07:3fa2…}): two ads that share a key are candidate near-duplicates;
     *         none for an empty signature
     */
    public static List<String> bands(int[] signature) {
        List<String> keys = new ArrayList<>(BANDS);
        if (signature.length != HASHES) {
            return keys;
        }
        HexFormat hex = HexFormat.of();
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = mix(h * 31 + signature[b * ROWS + r]);
            }
            keys.add(String.format(Locale.ROOT, "b%02d:", b) + hex.toHexDigits(h));
        }
        return keys;
    }

    /** @return the signature as bytes, to store */
    public static byte[] toBytes(int[] signature) {
        ByteBuffer buf = ByteBuffer.allocate(signature.length * Integer.BYTES);
        for (int v : signature) {
            buf.putInt(v);
        }
        return buf.array();
    }

    /** @return the signature stored as {@link #toBytes(int[])} made it */
    public static int[] fromBytes(byte[] bytes, int offset, int length) {
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
        int[] sig = new int[length / Integer.BYTES];
        for (int i = 0; i < sig.length; i++) {
            sig[i] = buf.getInt();
        }
        return sig;
    }

    /** SplitMix64's finaliser: spreads every input bit over the whole output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
