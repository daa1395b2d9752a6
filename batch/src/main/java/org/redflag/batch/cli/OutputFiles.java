package org.redflag.batch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import org.redflag.RedflagException;

/**
 * Checks a command's output before its work starts: training or analysing a corpus can take hours, and an
 * output that cannot be written, or that is one of the command's own inputs, must fail at once and destroy
 * nothing.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /**
     * @param out the file a command will write
     * @param inputs the files it reads
     * @throws RedflagException when the file is a folder or one of the inputs, or its folder is missing or read-only
     */
    static void checkWritable(Path out, Collection<Path> inputs) {
        if (Files.isDirectory(out)) {
            throw new RedflagException("--out " + out + " is a folder: give the name of the file to write");
        }
        for (Path in : inputs) {
            if (sameFile(out, in)) {
                throw new RedflagException("--out " + out + " is also an input: writing it would destroy " + in
                        + "; give another file name");
            }
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new RedflagException("cannot write " + out + ": the folder " + folder + " does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new RedflagException("cannot write " + out + ": the folder " + folder + " is not writable");
        }
    }

    /**
     * Creates a folder a command will write into, before its work starts.
     *
     * @param dir the folder
     * @throws RedflagException when it, or a folder it would be in, is a file, or it cannot be created
     */
    static void createFolder(Path dir) {
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new RedflagException((p.equals(dir) ? "" : "cannot create the folder " + dir + ": ") + p
                            + " is a file, not a folder");
                }
                break;
            }
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new RedflagException("cannot create the folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }
}
