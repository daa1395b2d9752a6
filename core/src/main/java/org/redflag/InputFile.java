package org.redflag;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks a file or folder a user named (a model, an indicator-sentence model, a rules folder) before it is read,
 * telling in one line why it cannot be: its path is empty, it does not exist, or it is not of its kind. Java's own exceptions
 * name the path alone ({@code NoSuchFileException: /x}), and an empty path reads as the working folder.
 */
public final class InputFile {

    private InputFile() {
    }

    /**
     * @param file the path as the user gave it
     * @param what what the file should be, the start of every message ({@code "model file"})
     * @throws RedflagException when the path is empty or names no regular file
     */
    public static void checkRegular(Path file, String what) {
        if (file.toString().isEmpty()) {
            throw new RedflagException(what + " path is empty: name the file");
        }
        if (Files.isRegularFile(file)) {
            return;
        }
        if (Files.isDirectory(file)) {
            throw new RedflagException(what + " " + file + " is a folder: name the file");
        }
        if (!Files.exists(file)) {
            throw new RedflagException(what + " " + file + " does not exist");
        }
        throw new RedflagException(what + " " + file + " is not a regular file (a device or a pipe)");
    }

    /**
     * @param dir the path as the user gave it
     * @param what what the folder should be, the start of every message ({@code "rules folder"})
     * @throws RedflagException when the path is empty or names no folder
     */
    public static void checkFolder(Path dir, String what) {
        if (dir.toString().isEmpty()) {
            throw new RedflagException(what + " path is empty: name the folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new RedflagException(what + " " + dir + (Files.exists(dir) ? " is a file, not a folder" : " does not exist"));
        }
    }
}
