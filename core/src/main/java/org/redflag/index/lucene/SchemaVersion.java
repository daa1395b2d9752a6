package org.redflag.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.redflag.RedflagException;

/**
 * The version of the index's schema ({@link AdDocuments}), kept in every commit's user data. An index
 * written under another schema is refused when it is opened, with a message that says to scan again,
 * rather than failing on its first write (Lucene refuses a field whose doc-values type changed) or
 * reading fields that are not there.
 *
 * <p>Versions: 1 (no version in the commit) kept the assessment stored and indexed; 2 keeps its risk,
 * level and model in updatable doc values ({@link AssessmentValues}) and the features in doc values.
 */
final class SchemaVersion {

    /** The commit user data's key. */
    static final String KEY = "redflag.index.schema";
    /** The schema this code reads and writes. */
    static final int CURRENT = 2;

    private SchemaVersion() {
    }

    /** @return the user data every commit carries */
    static Map<String, String> commitData() {
        return Map.of(KEY, String.valueOf(CURRENT));
    }

    /**
     * @param directory the index's directory
     * @param dir its folder, for the message
     * @throws RedflagException when the last commit holds ads written under another schema
     */
    static void check(Directory directory, Path dir) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return;
        }
        SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
        String version = commit.getUserData().get(KEY);
        if (version == null && commit.totalMaxDoc() == 0 || String.valueOf(CURRENT).equals(version)) {
            return;
        }
        String found = version == null ? "1" : version;
        String by = version != null && version.matches("\\d+") && Integer.parseInt(version) > CURRENT ? "a newer" : "an older";
        throw new RedflagException("index " + dir + " was written by " + by + " Redflag (index schema " + found + ", this one reads "
                + CURRENT + "): scan again into a new data folder (redflag scan --data NEW_DIR) to rebuild it");
    }
}
