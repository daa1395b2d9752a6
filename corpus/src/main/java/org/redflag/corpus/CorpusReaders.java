package org.redflag.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Opens corpus files in either format, chosen by extension or, failing that, by the first line. */
public final class CorpusReaders {

    /** Where the team's corpus lies on the class path (it ships in the redflag-corpus jar). */
    public static final String BUNDLED_CORPUS = "org/redflag/corpus/redflag-ads.jsonl";

    private CorpusReaders() {
    }

    /**
     * For a command that reads a corpus file twice, such as {@code train}, which records each file's checksum beside
     * the ads it read: a pipe would give its ads once and an empty checksum after.
     *
     * @param file a path given as a corpus file
     * @throws CorpusException when it is missing, a folder, or no regular file (a device, a pipe)
     */
    public static void requireFile(Path file) {
        TextFiles.requireFile(file);
    }

    /**
     * @param file a {@code .jsonl} corpus or an EMSCAD {@code .csv}
     * @param skipBad whether to skip and count malformed records instead of failing on the first
     * @return a reader; close it. An ad whose id came before in the file is a malformed record.
     */
    public static CorpusReader open(Path file, boolean skipBad) {
        return open(file, skipBad, new AdIds());
    }

    /**
     * @param file a {@code .jsonl} corpus or an EMSCAD {@code .csv}
     * @param skipBad whether to skip and count malformed records instead of failing on the first
     * @param ids the ids of the corpus read so far, of this and earlier files: an ad whose id is among them is a
     *     malformed record
     * @return a reader; close it
     * @throws CorpusException when the file is missing, a folder or cannot be opened
     */
    public static CorpusReader open(Path file, boolean skipBad, AdIds ids) {
        return open(file, TextFiles.open(file), skipBad, ids);
    }

    /**
     * @param file a {@code .jsonl} corpus or an EMSCAD {@code .csv}
     * @param reader its text, opened
     * @param skipBad whether to skip and count malformed records instead of failing on the first
     * @param ids the ids of the corpus read so far
     * @return a reader; close it
     * @throws CorpusException when the file is a CSV without EMSCAD's columns
     */
    static CorpusReader open(Path file, BufferedReader reader, boolean skipBad, AdIds ids) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            boolean csv;
            if (name.endsWith(".csv")) {
                csv = true;
            } else if (name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")) {
                csv = false;
            } else {
                csv = firstCharacter(reader) != '{';
            }
            return csv ? new EmscadCsvReader(file.toString(), reader, skipBad, ids)
                    : new JsonlCorpusReader(file.toString(), reader, skipBad, ids);
        } catch (RuntimeException e) {
            try {
                reader.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /** @return a reader of the team's corpus as shipped in the jar */
    public static CorpusReader openBundled() {
        InputStream in = CorpusReaders.class.getClassLoader().getResourceAsStream(BUNDLED_CORPUS);
        if (in == null) {
            throw new CorpusException("the team corpus " + BUNDLED_CORPUS + " is not on the class path");
        }
        return new JsonlCorpusReader("redflag-ads.jsonl", TextFiles.open(in), false);
    }

    /**
     * Reads a whole file into memory.
     *
     * @param file a corpus file
     * @param skipBad whether to skip malformed records
     * @return its ads
     */
    public static List<LabelledAd> readAll(Path file, boolean skipBad) {
        try (CorpusReader r = open(file, skipBad)) {
            List<LabelledAd> ads = new ArrayList<>();
            r.forEachRemaining(ads::add);
            return ads;
        }
    }

    /** @return the team's corpus, read into memory */
    public static List<LabelledAd> readBundled() {
        try (CorpusReader r = openBundled()) {
            List<LabelledAd> ads = new ArrayList<>();
            r.forEachRemaining(ads::add);
            return ads;
        }
    }

    /** @return the first character that is not white space, read ahead and left unread; -1 when there is none */
    private static int firstCharacter(BufferedReader reader) {
        int limit = 1 << 15;
        try {
            reader.mark(limit);
            int c = reader.read();
            for (int read = 1; c >= 0 && Character.isWhitespace(c) && read < limit; read++) {
                c = reader.read();
            }
            reader.reset();
            return c;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
