package org.redflag.classify;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.redflag.RedflagException;
import org.redflag.ad.ContentHash;
import org.redflag.ad.JobAd;

/**
 * The ads a model was trained on, by the checksum of their text ({@link ContentHash#of(JobAd)}): so that an evaluation
 * can tell how many of its ads the model has seen, whose scores show what it remembers rather than how it does on new
 * ads. A checksum is kept to its first 64 bits, which tell thousands of ads apart with no practical chance of a clash.
 */
public final class TrainingAds {

    /** What a model written before the ads were kept knows of its training: nothing. */
    public static final TrainingAds UNKNOWN = new TrainingAds(null);

    private static final int HEX_DIGITS = 16;
    private static final Pattern LINE = Pattern.compile("[0-9a-f]{" + HEX_DIGITS + "}");

    /** The checksums; null when unknown. */
    private final Set<String> checksums;

    private TrainingAds(Set<String> checksums) {
        this.checksums = checksums;
    }

    /**
     * @param ads the ads a model is trained on
     * @return their checksums
     */
    public static TrainingAds of(Collection<JobAd> ads) {
        Set<String> checksums = new HashSet<>();
        for (JobAd ad : ads) {
            checksums.add(checksum(ad));
        }
        return new TrainingAds(checksums);
    }

    /**
     * Reads the list {@link #toBytes()} writes.
     *
     * @param bytes the list, one checksum a line
     * @param where where it comes from, for messages
     * @return the ads it names
     * @throws RedflagException when a line is not a checksum
     */
    public static TrainingAds fromBytes(byte[] bytes, String where) {
        Set<String> checksums = new HashSet<>();
        int number = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            if (!LINE.matcher(line).matches()) {
                throw new RedflagException(where + ": line " + number
                        + " of its list of training ads is not a checksum");
            }
            checksums.add(line);
        }
        return new TrainingAds(checksums);
    }

    /** @return the checksums, sorted, one a line, so that the same ads give the same bytes */
    public byte[] toBytes() {
        if (checksums == null) {
            throw new IllegalStateException("the training ads are unknown");
        }
        StringBuilder sb = new StringBuilder();
        for (String c : new TreeSet<>(checksums)) {
            sb.append(c).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** @return whether the model's training ads are known: false for a model written before they were kept */
    public boolean known() {
        return checksums != null;
    }

    /**
     * @param ad an ad
     * @return whether an ad with its very text was among the training ads; false when they are unknown
     */
    public boolean contains(JobAd ad) {
        return checksums != null && checksums.contains(checksum(ad));
    }

    private static String checksum(JobAd ad) {
        return ContentHash.of(ad).substring(0, HEX_DIGITS);
    }
}
