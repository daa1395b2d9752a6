package org.redflag.classify.weka;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.redflag.RedflagException;
import weka.classifiers.Classifier;

/**
 * The classifier entry of a model file, read as a stream: deserialised through the allow-list
 * ({@link ModelFiles#FILTER}) while its SHA-256 is computed and its size bounded, so that memory holds the
 * object graph, never the entry's bytes. A stream that is not Java serialization (an entry of zeros, say)
 * is refused at its first bytes, before the rest is inflated. Any other failure to deserialise waits for
 * the checksum: the rest of the entry is read into it, so that a damaged file is told from a damaged
 * classifier, and the object is used only once the checksum has been checked against the card.
 */
final class ClassifierEntry {

    private final Object object;
    private final RedflagException unreadable;
    private final String sha256;

    private ClassifierEntry(Object object, RedflagException unreadable, String sha256) {
        this.object = object;
        this.unreadable = unreadable;
        this.sha256 = sha256;
    }

    /**
     * @param zip the archive's stream, positioned on the classifier entry
     * @param maxBytes the most bytes the entry may have
     * @param where the model file's name, for messages
     * @return the entry, read to its end
     * @throws RedflagException when the entry is larger than {@code maxBytes} or not Java serialization
     * @throws IOException when the archive itself fails
     */
    static ClassifierEntry read(InputStream zip, long maxBytes, String where) throws IOException {
        MessageDigest sha = newSha256();
        BoundedEntry entry = new BoundedEntry(new DigestInputStream(zip, sha), maxBytes);
        ObjectInputStream objects;
        try {
            objects = new ObjectInputStream(entry);
        } catch (IOException e) {
            throw refusal(entry, e, where);
        }
        objects.setObjectInputFilter(ObjectInputFilter.Config.createFilter(ModelFiles.FILTER));
        Object object = null;
        RedflagException unreadable = null;
        try {
            object = objects.readObject();
        } catch (InvalidClassException e) {
            unreadable = new RedflagException(where + " was refused: it names a class outside the model allow-list ("
                    + e.getMessage() + ")", e);
        } catch (IOException | ClassNotFoundException e) {
            if (entry.tooLarge() || entry.archiveFailure() != null) {
                throw refusal(entry, e, where);
            }
            unreadable = new RedflagException(where + " holds no readable classifier: " + e.getMessage(), e);
        }
        try {
            entry.transferTo(OutputStream.nullOutputStream()); // what follows the object counts in the checksum too
        } catch (IOException e) {
            throw refusal(entry, e, where);
        }
        return new ClassifierEntry(object, unreadable, HexFormat.of().formatHex(sha.digest()));
    }

    /** @return the SHA-256 of the whole entry, in lower-case hex */
    String sha256() {
        return sha256;
    }

    /**
     * @param where the model file's name, for messages
     * @return the classifier
     * @throws RedflagException when the entry held no readable object, or one that is not a classifier
     */
    Classifier classifier(String where) {
        if (unreadable != null) {
            throw unreadable;
        }
        if (!(object instanceof Classifier c)) {
            throw new RedflagException(where + " holds a " + object.getClass().getName() + ", not a Weka classifier");
        }
        return c;
    }

    /**
     * @return the refusal of an entry that could not be read: too large, or not Java serialization
     * @throws IOException the archive's own failure, for the caller to tell as a broken file
     */
    private static RedflagException refusal(BoundedEntry entry, Exception e, String where) throws IOException {
        if (entry.archiveFailure() != null) {
            throw entry.archiveFailure();
        }
        if (entry.tooLarge()) {
            return new RedflagException(where + ": entry " + ModelFiles.CLASSIFIER_ENTRY + " is larger than "
                    + entry.maxBytes() + " bytes", e);
        }
        return new RedflagException(where + " holds no readable classifier: " + e.getMessage(), e);
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
