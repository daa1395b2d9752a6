package org.redflag.batch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a report's files whole or not at all: each into a temporary file beside it, moved over the old
 * one only when complete, so that a failed or killed rendering leaves the report of before.
 */
final class WholeFiles {

    private WholeFiles() {
    }

    /**
     * @param file the file to replace
     * @param text its new content
     * @throws IOException when it cannot be written; the old file is then unchanged
     */
    static void writeString(Path file, String text) throws IOException {
        Path temp = temporary(file);
        try {
            Files.writeString(temp, text);
            replace(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * @param file a file to be replaced
     * @return an empty temporary file in its folder, to write the new content into
     */
    static Path temporary(Path file) throws IOException {
        return Files.createTempFile(file.toAbsolutePath().getParent(), file.getFileName() + ".", ".tmp");
    }

    /**
     * @param temp a complete new content, from {@link #temporary}
     * @param file the file it replaces
     */
    static void replace(Path temp, Path file) throws IOException {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
