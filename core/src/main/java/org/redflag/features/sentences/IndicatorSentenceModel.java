package org.redflag.features.sentences;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.redflag.InputFile;
import org.redflag.RedflagException;
import org.redflag.features.Indicator;

/**
 * A logistic model per indicator over a passage's n-grams ({@link NgramVectorizer}), with the probability above which a
 * passage shows the indicator and, where held-out training ads chose one, its veto: a rules' find whose evidence lies all
 * in the description stands only where some passage of the description scores at the veto or more. Only the indicators
 * whose model found, on held-out training ads, more of what the rules missed than it added in error have one. Thread-safe:
 * nothing changes it after it is built or read.
 *
 * <p>The file is gzip'd: a header, the provenance (one line of text), the vectorizer's terms and weights, then per
 * indicator its name, threshold, veto, bias and one weight per term. Files of format 1, written before the veto, have
 * none and are read with a veto of 0.
 */
public final class IndicatorSentenceModel {

    /** Where the model that ships with Redflag lies on the class path. */
    public static final String SHIPPED = "org/redflag/features/sentences/indicator-sentences.model";

    private static final String HEADER = "redflag indicator-sentence model";
    private static final int FORMAT = 2;
    private static final int FORMAT_WITHOUT_VETO = 1;

    private final NgramVectorizer vectorizer;
    private final Map<Indicator, IndicatorScorer> scorers;
    private final String provenance;

    /**
     * @param vectorizer turns a passage into its n-gram weights
     * @param scorers the model of each indicator that has one
     * @param provenance what the model was trained on and how, one line
     */
    public IndicatorSentenceModel(NgramVectorizer vectorizer, Map<Indicator, IndicatorScorer> scorers, String provenance) {
        this.vectorizer = vectorizer;
        Map<Indicator, IndicatorScorer> copy = new EnumMap<>(Indicator.class);
        copy.putAll(scorers);
        this.scorers = Collections.unmodifiableMap(copy);
        this.provenance = provenance.replace('\n', ' ');
        scorers.forEach((indicator, s) -> {
            if (s.weights().length != vectorizer.size()) {
                throw new IllegalArgumentException(indicator + " has " + s.weights().length + " weights for "
                        + vectorizer.size() + " terms");
            }
        });
    }

    /**
     * A linear model of one indicator.
     *
     * @param weights one weight per term of the vectorizer
     * @param bias the intercept
     * @param threshold the probability from which a passage shows the indicator
     * @param veto the probability under which every passage of a description must score for the rules' find of the
     *     indicator in it to be dropped ({@link SentenceModelDetector}); 0 where the rules' finds always stand
     */
    public record IndicatorScorer(float[] weights, float bias, double threshold, double veto) {

        /** @throws IllegalArgumentException where the veto is neither 0 nor a probability under the threshold */
        public IndicatorScorer {
            if (!(veto == 0 || veto > 0 && veto < threshold)) {
                throw new IllegalArgumentException("the veto " + veto + ", not a probability under its threshold " + threshold);
            }
        }

        /** A scorer without a veto: the rules' finds always stand. */
        public IndicatorScorer(float[] weights, float bias, double threshold) {
            this(weights, bias, threshold, 0);
        }

        /**
         * @param passage a passage's n-gram weights
         * @return the probability that the passage shows the indicator
         */
        public double probability(SparseVector passage) {
            return 1 / (1 + Math.exp(-(passage.dot(weights) + bias)));
        }
    }

    /** @return the indicators this model finds, each with its scorer */
    public Map<Indicator, IndicatorScorer> scorers() {
        return scorers;
    }

    /**
     * @param passage a passage's text
     * @return its n-gram weights, to hand to the scorers
     */
    public SparseVector vector(String passage) {
        return vectorizer.vector(passage);
    }

    /**
     * @param passage a passage's text
     * @param indicator an indicator this model finds
     * @return the passage's words with their shares of the indicator's score
     */
    List<NgramVectorizer.WordShare> wordShares(String passage, Indicator indicator) {
        return vectorizer.wordShares(passage, scorers.get(indicator).weights());
    }

    /** @return what the model was trained on and how */
    public String provenance() {
        return provenance;
    }

    /**
     * @return the model that ships with Redflag
     * @throws RedflagException when the class path holds none or it cannot be read
     */
    public static IndicatorSentenceModel shipped() {
        try (InputStream in = IndicatorSentenceModel.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new RedflagException("the indicator-sentence model " + SHIPPED + " is not on the class path");
            }
            return read(in, SHIPPED);
        } catch (IOException e) {
            throw new RedflagException("cannot read " + SHIPPED + " from the class path: " + e.getMessage(), e);
        }
    }

    /**
     * @param file a model file written by {@link #write(Path)}
     * @return the model
     * @throws RedflagException when the file cannot be read or is not such a model
     */
    public static IndicatorSentenceModel read(Path file) {
        InputFile.checkRegular(file, "indicator-sentence model");
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new RedflagException("cannot read indicator-sentence model " + file + ": " + e.getMessage(), e);
        }
    }

    private static IndicatorSentenceModel read(InputStream raw, String source) {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)))) {
            int format = HEADER.equals(in.readUTF()) ? in.readInt() : -1;
            if (format != FORMAT && format != FORMAT_WITHOUT_VETO) {
                throw new RedflagException(source + " is not an indicator-sentence model of format " + FORMAT_WITHOUT_VETO
                        + " or " + FORMAT);
            }
            String provenance = in.readUTF();
            NgramVectorizer vectorizer = NgramVectorizer.read(in);
            int count = in.readInt();
            Map<Indicator, IndicatorScorer> scorers = new EnumMap<>(Indicator.class);
            for (int i = 0; i < count; i++) {
                Indicator indicator = indicator(in.readUTF(), source);
                if (scorers.containsKey(indicator)) {
                    throw new RedflagException(source + " lists " + indicator + " twice");
                }
                double threshold = in.readDouble();
                if (!(threshold > 0 && threshold <= 1)) {
                    throw new RedflagException(source + " gives " + indicator + " the threshold " + threshold + ", not a probability");
                }
                double veto = format == FORMAT_WITHOUT_VETO ? 0 : in.readDouble();
                float bias = in.readFloat();
                float[] weights = new float[vectorizer.size()];
                for (int w = 0; w < weights.length; w++) {
                    weights[w] = in.readFloat();
                }
                try {
                    scorers.put(indicator, new IndicatorScorer(weights, bias, threshold, veto));
                } catch (IllegalArgumentException e) {
                    throw new RedflagException(source + " gives " + indicator + " " + e.getMessage(), e);
                }
            }
            if (in.read() != -1) {
                throw new RedflagException(source + " has bytes after its last indicator: not a complete model file");
            }
            return new IndicatorSentenceModel(vectorizer, scorers, provenance);
        } catch (ZipException e) {
            throw new RedflagException(source + " is not an indicator-sentence model (not gzip'd: " + e.getMessage() + ")", e);
        } catch (EOFException e) {
            throw new RedflagException(source + " ends early: a truncated indicator-sentence model", e);
        } catch (IOException e) {
            throw new RedflagException("cannot read indicator-sentence model " + source + ": " + e.getMessage(), e);
        }
    }

    private static Indicator indicator(String name, String source) {
        try {
            return Indicator.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new RedflagException(source + " names an unknown indicator " + name, e);
        }
    }

    /**
     * Writes the model, whole or not at all (it is written beside the file and then moved in place); {@link #read(Path)}
     * reads it back.
     *
     * @param file the file to write
     * @throws RedflagException when it cannot be written
     */
    public void write(Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream raw = Files.newOutputStream(partial);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw)))) {
                out.writeUTF(HEADER);
                out.writeInt(FORMAT);
                out.writeUTF(provenance);
                vectorizer.write(out);
                out.writeInt(scorers.size());
                for (var e : scorers.entrySet()) {
                    out.writeUTF(e.getKey().name());
                    out.writeDouble(e.getValue().threshold());
                    out.writeDouble(e.getValue().veto());
                    out.writeFloat(e.getValue().bias());
                    for (float w : e.getValue().weights()) {
                        out.writeFloat(w);
                    }
                }
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw new RedflagException("cannot write indicator-sentence model " + file + ": " + e.getMessage(), e);
        }
    }
}
