package org.redflag.classify.weka;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
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
 * ({@link ModelAllowList}) while its SHA-256 is computed and its size bounded, so that memory holds the
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
            rethrowEntryFailure(entry, e, where);
            throw new RedflagException(where + " holds no readable classifier: " + ModelFiles.CLASSIFIER_ENTRY
                    + (entry.bytesRead() == 0 ? " is empty" : " is not a serialized Java object"), e);
        }
        ModelAllowList allowList = new ModelAllowList();
        objects.setObjectInputFilter(allowList);
        Object object = null;
        RedflagException unreadable = null;
        try {
            object = objects.readObject();
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            rethrowEntryFailure(entry, e, where);
            unreadable = unreadable(e, allowList, where);
        }
        try {
            entry.transferTo(OutputStream.nullOutputStream()); // what follows the object counts in the checksum too
        } catch (IOException e) {
            rethrowEntryFailure(entry, e, where);
            throw e;
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
            String held = object == null ? "null" : "a " + object.getClass().getName();
            throw new RedflagException(where + " holds " + held + ", not a Weka classifier");
        }
        return c;
    }

    /** @return why the object could not be deserialised, in words */
    private static RedflagException unreadable(Exception e, ModelAllowList allowList, String where) {
        if (allowList.refusal() != null) {
            return new RedflagException(where + " was refused: " + allowList.refusal(), e);
        }
        String why;
        if (e instanceof InvalidClassException invalid) {
            why = "it was saved by another version of " + (invalid.classname == null ? "Weka" : invalid.classname);
        } else if (e instanceof ClassNotFoundException) {
            why = "it needs " + e.getMessage() + ", a class this Redflag does not have";
        } else if (e instanceof EOFException) {
            why = ModelFiles.CLASSIFIER_ENTRY + " ends before its classifier does";
        } else {
            why = ModelFiles.CLASSIFIER_ENTRY + " is damaged";
        }
        return new RedflagException(where + " holds no readable classifier: " + why, e);
    }

    /**
     * Throws the entry's own failure behind a failure to read it, when it had one.
     *
     * @throws RedflagException when the entry has more bytes than it may
     * @throws IOException the archive's failure, for the caller to tell as a broken file
     */
    private static void rethrowEntryFailure(BoundedEntry entry, Exception e, String where) throws IOException {
        if (entry.archiveFailure() != null) {
            throw entry.archiveFailure();
        }
        if (entry.tooLarge()) {
            throw new RedflagException(where + ": entry " + ModelFiles.CLASSIFIER_ENTRY + " is larger than "
                    + entry.maxBytes() + " bytes", e);
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
