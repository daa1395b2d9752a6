package org.redflag.batch.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.redflag.RedflagException;

/** The temporary folders a benchmark writes its indexes and scans into, and their removal. */
final class BenchFolders {

    private BenchFolders() {
    }

    /**
     * @param prefix the folder name's prefix
     * @param what what the folder is for, for the error message
     * @return a new temporary folder
     */
    static Path create(String prefix, String what) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new RedflagException("cannot make a temporary folder for " + what + ": " + e.getMessage(), e);
        }
    }

    /** @param dir a folder to remove with everything in it */
    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
