package org.redflag.classify.weka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.redflag.InputFile;
import org.redflag.RedflagException;
import org.redflag.ad.ContentHash;
import org.redflag.classify.ModelCard;
import org.redflag.classify.TrainingAds;
import weka.classifiers.Classifier;

/**
 * Reads and writes model files: a ZIP archive with the model card ({@value #CARD_ENTRY}), the checksums of the
 * training ads ({@value #TRAINING_ADS_ENTRY}, which models written before it lack) and the serialized Weka
 * classifier ({@value #CLASSIFIER_ENTRY}).
 *
 * <p>A Weka model is Java serialization, so a hostile file could run code while it is read.
 * Loading therefore deserializes through an {@link java.io.ObjectInputFilter} that admits only Weka's own
 * classes, the LibLINEAR library the default learner uses, and the JDK's collections and numbers, with
 * limits on depth, references and size, and streams the classifier ({@link ClassifierEntry}) so that a
 * huge entry never sits in memory; the classifier's SHA-256 is checked against the card before it is used.
 */
public final class ModelFiles {

    static {
        WekaSetup.ensure();
    }

    /** The card's entry in a model file. */
    public static final String CARD_ENTRY = "model-card.json";
    /** The classifier's entry in a model file. */
    public static final String CLASSIFIER_ENTRY = "classifier.ser";
    /** The entry listing the checksums of the training ads ({@link TrainingAds}); models before it lack it. */
    public static final String TRAINING_ADS_ENTRY = "training-ads.txt";
    /** Where the default model lies on the class path (it ships in the redflag-models jar). */
    public static final String DEFAULT_MODEL_RESOURCE = "org/redflag/models/default.model";

    static final long MAX_CLASSIFIER_BYTES = 512L * 1024 * 1024;
    static final long MAX_CARD_BYTES = 1024 * 1024;
    /** 17 bytes an ad: millions of training ads. */
    static final long MAX_TRAINING_ADS_BYTES = 64L * 1024 * 1024;

    /**
     * How deep, entangled and large a model's object graph may be. The shipped model's longest array has 16,384
     * elements (depth 120, 2.2 million references); an array may have 10 million, so that a few bytes declaring a
     * far longer one cannot fill the heap before the stream is found short.
     */
    static final String LIMITS = "maxdepth=2000;maxrefs=20000000;maxbytes=" + MAX_CLASSIFIER_BYTES
            + ";maxarray=10000000";
    /** The classes a model may contain; everything else is refused. */
    static final String CLASSES = "weka.**;no.uib.cipr.matrix.**;de.bwaldvogel.liblinear.**;java.util.**;"
            + "java.lang.Number;java.lang.Integer;java.lang.Long;java.lang.Double;java.lang.Float;java.lang.Short;"
            + "java.lang.Byte;java.lang.Character;java.lang.Boolean;java.lang.String;java.lang.Enum;java.lang.Object;"
            + "java.lang.StringBuffer;java.lang.StringBuilder;java.text.*;java.math.*;java.io.File;!*";

    private ModelFiles() {
    }

    /**
     * Writes a model file without the list of its training ads.
     *
     * @param classifier the trained classifier
     * @param card its card
     * @param file where to write
     * @return the card as written, with its checksum
     */
    public static ModelCard write(Classifier classifier, ModelCard card, Path file) {
        return write(classifier, card, TrainingAds.UNKNOWN, file);
    }

    /**
     * Writes a model file. The card's checksum is set from the classifier's bytes.
     *
     * @param classifier the trained classifier
     * @param card its card
     * @param trainingAds the ads it was trained on, kept in the file when known
     * @param file where to write
     * @return the card as written, with its checksum
     */
    public static ModelCard write(Classifier classifier, ModelCard card, TrainingAds trainingAds, Path file) {
        byte[] bytes = serialize(classifier);
        ModelCard written = card.withModelSha256(ContentHash.sha256(bytes));
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(CARD_ENTRY));
                zip.write(ModelCardJson.write(written));
                zip.closeEntry();
                if (trainingAds.known()) { // before the classifier, so that reading it alone need not inflate that
                    zip.putNextEntry(new ZipEntry(TRAINING_ADS_ENTRY));
                    zip.write(trainingAds.toBytes());
                    zip.closeEntry();
                }
                zip.putNextEntry(new ZipEntry(CLASSIFIER_ENTRY));
                zip.write(bytes);
                zip.closeEntry();
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new RedflagException("cannot write model file " + file + ": " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * @param file a model file
     * @return the model it holds
     * @throws RedflagException when the file is missing, truncated, tampered with, not a model, or holds a
     *     classifier that does not fit its card
     */
    public static WekaRiskModel read(Path file) {
        return fromFile(file, ModelFiles::read);
    }

    /**
     * @return the default model from the class path
     * @throws RedflagException when redflag-models is not on the class path
     */
    public static WekaRiskModel readDefault() {
        return fromDefault(ModelFiles::read);
    }

    /** Reads a part of a model file's bytes; {@code where} names the file in messages. */
    @FunctionalInterface
    private interface PartReader<T> {
        T read(InputStream in, String where) throws IOException;
    }

    private static <T> T fromFile(Path file, PartReader<T> part) {
        InputFile.checkRegular(file, "model file");
        try (InputStream in = Files.newInputStream(file)) {
            return part.read(in, file.toString());
        } catch (IOException e) {
            throw new RedflagException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }

    private static <T> T fromDefault(PartReader<T> part) {
        try (InputStream in = ModelFiles.class.getClassLoader().getResourceAsStream(DEFAULT_MODEL_RESOURCE)) {
            if (in == null) {
                throw new RedflagException("no default risk model on the class path: add the org.redflag:redflag-models "
                        + "jar, or give a model file");
            }
            return part.read(in, "the default model");
        } catch (IOException e) {
            throw new RedflagException("cannot read the default model: " + e.getMessage(), e);
        }
    }

    /**
     * @param in a model file's bytes
     * @param where the file's name, for messages
     * @return the model
     */
    public static WekaRiskModel read(InputStream in, String where) {
        return read(in, where, MAX_CLASSIFIER_BYTES);
    }

    /**
     * @param in a model file's bytes
     * @param where the file's name, for messages
     * @param maxClassifierBytes the most bytes its classifier entry may have: {@link #MAX_CLASSIFIER_BYTES}, but
     *     smaller in tests
     * @return the model
     */
    static WekaRiskModel read(InputStream in, String where, long maxClassifierBytes) {
        byte[] cardBytes = null;
        ClassifierEntry classifier = null;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (CARD_ENTRY.equals(e.getName())) {
                    cardBytes = readBounded(zip, MAX_CARD_BYTES, where, CARD_ENTRY);
                } else if (CLASSIFIER_ENTRY.equals(e.getName())) {
                    classifier = ClassifierEntry.read(zip, maxClassifierBytes, where);
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new RedflagException(where + " is not a Redflag model file (broken or truncated archive)", e);
        } catch (IOException e) {
            throw new RedflagException("cannot read " + where + ": " + e.getMessage(), e);
        }
        if (cardBytes == null || classifier == null) {
            throw new RedflagException(where + " is not a Redflag model file: it lacks " + (cardBytes == null ? CARD_ENTRY : CLASSIFIER_ENTRY));
        }
        ModelCard card = ModelCardJson.read(cardBytes, where);
        if (card.modelSha256() == null || !card.modelSha256().equals(classifier.sha256())) {
            throw new RedflagException(where + " was altered or damaged: its classifier does not match the checksum in its card");
        }
        // the checksum covers the classifier, not the card: levels that could not come from training are refused
        if (!(0 <= card.mediumThreshold() && card.mediumThreshold() <= card.highThreshold() && card.highThreshold() <= 1)) {
            throw new RedflagException(where + " has impossible risk levels in its card: MEDIUM from " + card.mediumThreshold()
                    + ", HIGH from " + card.highThreshold() + " (each between 0 and 1, MEDIUM at most HIGH)");
        }
        WekaRiskModel model = new WekaRiskModel(classifier.classifier(where), card);
        ClassifierFit.check(model, where);
        return model;
    }

    /**
     * @param file a model file
     * @return the ads it was trained on; {@link TrainingAds#UNKNOWN} for a file that does not list them
     * @throws RedflagException when the file is missing or cannot be read, or its list is damaged
     */
    public static TrainingAds readTrainingAds(Path file) {
        return fromFile(file, ModelFiles::readTrainingAds);
    }

    /**
     * @return the ads the default model was trained on
     * @throws RedflagException when redflag-models is not on the class path
     */
    public static TrainingAds readDefaultTrainingAds() {
        return fromDefault(ModelFiles::readTrainingAds);
    }

    private static TrainingAds readTrainingAds(InputStream in, String where) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (TRAINING_ADS_ENTRY.equals(e.getName())) {
                    byte[] list = readBounded(zip, MAX_TRAINING_ADS_BYTES, where, TRAINING_ADS_ENTRY);
                    return TrainingAds.fromBytes(list, where);
                }
                if (CLASSIFIER_ENTRY.equals(e.getName())) {
                    break; // the list is written before the classifier: an older model has none, and is not inflated
                }
            }
        } catch (ZipException | java.io.EOFException e) {
            throw new RedflagException(where + " is not a Redflag model file (broken or truncated archive)", e);
        }
        return TrainingAds.UNKNOWN;
    }

    private static byte[] readBounded(InputStream in, long max, String where, String entry) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new RedflagException(where + ": entry " + entry + " is larger than " + max + " bytes");
        }
        return bytes;
    }

    private static byte[] serialize(Classifier classifier) {
        var bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(classifier);
        } catch (IOException e) {
            throw new RedflagException("cannot serialize classifier " + classifier.getClass().getName() + ": " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
