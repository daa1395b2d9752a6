package org.redflag.index.lucene;

import java.io.IOException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.redflag.RedflagException;

/**
 * Checks every file of the last commit against the checksum Lucene wrote in its footer. Lucene checks a
 * file's checksum when it merges it, not when it reads a stored ad, so a file damaged on disk would
 * otherwise be read as garbled titles and texts, and a scan would keep those ads as unchanged.
 */
final class IndexIntegrity {

    /** The file in Lucene's description of a resource: {@code MMapIndexInput(path="/data/index/_0.cfs")}. */
    private static final Pattern FILE = Pattern.compile("path=\"([^\"]+)\"");

    private IndexIntegrity() {
    }

    /**
     * @param directory the index's directory
     * @param dir its folder, for the message
     * @throws RedflagException when a file of the last commit fails its checksum or is cut short
     */
    static void check(Directory directory, Path dir) throws IOException {
        if (DirectoryReader.indexExists(directory)) {
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                check(reader, dir);
            }
        }
    }

    /**
     * @param reader a commit of the index, open for reading
     * @param dir the index's folder, for the message
     * @throws RedflagException when a file of the commit fails its checksum or is cut short
     */
    static void check(DirectoryReader reader, Path dir) throws IOException {
        try {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
        } catch (CorruptIndexException e) {
            throw new RedflagException("index " + dir + " is damaged: " + damaged(e)
                    + "; restore it from a backup, or move it away and scan again into a new index", e);
        }
    }

    /** @return the damaged file's name and what is wrong with it, as Lucene describes them */
    private static String damaged(CorruptIndexException e) {
        Matcher file = FILE.matcher(e.getResourceDescription());
        String what = e.getOriginalMessage().startsWith("checksum failed") ? "fails its checksum" : e.getOriginalMessage();
        return file.find() ? Path.of(file.group(1)).getFileName() + " " + what : what + " (" + e.getResourceDescription() + ")";
    }
}
