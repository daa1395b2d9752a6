package org.redflag.corpus;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redflag.ad.ByteOrderMark;

/**
 * Opens corpus files as text: UTF-8, or UTF-8 or UTF-16 by their {@link ByteOrderMark}, which is dropped; undecodable
 * bytes become U+FFFD.
 */
final class TextFiles {

    private TextFiles() {
    }

    /**
     * @param file a corpus file, or a pipe that gives one ({@code corpus split <(zcat ads.jsonl.gz)})
     * @return its text
     * @throws CorpusException when it is missing, is a folder, or cannot be opened
     */
    static BufferedReader open(Path file) {
        requireExisting(file);
        InputStream in = null;
        try {
            in = Files.newInputStream(file);
            return open(in);
        } catch (AccessDeniedException e) {
            throw new CorpusException(file + ": cannot open: permission denied", e);
        } catch (IOException | UncheckedIOException e) {
            closeQuietly(in);
            throw new CorpusException(file + ": cannot open: " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // the failure being reported says more
            }
        }
    }

    /**
     * For a command that reads a corpus file twice (its checksum, then its ads; its bytes, then its records).
     *
     * @param file a path given as a corpus file
     * @throws CorpusException when it is missing, a folder, or no regular file (a device, a pipe)
     */
    static void requireFile(Path file) {
        requireExisting(file);
        if (!Files.isRegularFile(file)) {
            throw new CorpusException(file + ": is a device or a pipe, not a corpus file");
        }
    }

    private static void requireExisting(Path file) {
        if (Files.isDirectory(file)) {
            throw new CorpusException(file + ": is a folder, not a corpus file");
        }
        if (!Files.exists(file)) {
            throw new CorpusException(file + ": no such file");
        }
    }

    static BufferedReader open(InputStream in) {
        try {
            BufferedInputStream bytes = new BufferedInputStream(in, 1 << 16);
            byte[] head = new byte[ByteOrderMark.MAX_LENGTH];
            bytes.mark(head.length);
            int length = bytes.readNBytes(head, 0, head.length);
            bytes.reset();
            var mark = ByteOrderMark.of(head, length);
            bytes.skipNBytes(mark.map(ByteOrderMark::length).orElse(0));
            var decoder = mark.map(ByteOrderMark::charset).orElse(StandardCharsets.UTF_8).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            return new BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The lines of a UTF-8 file that hold bytes that are not UTF-8, which {@link #open} reads as U+FFFD. A file with a
     * UTF-16 byte-order mark has none.
     *
     * @param file a corpus file
     * @return the numbers of those lines, from 1, in order
     * @throws CorpusException when the file cannot be read
     */
    static List<Integer> linesNotUtf8(Path file) {
        List<Integer> bad = new ArrayList<>();
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            in.mark(ByteOrderMark.MAX_LENGTH);
            byte[] head = in.readNBytes(ByteOrderMark.MAX_LENGTH);
            in.reset();
            if (!ByteOrderMark.charsetOf(head, head.length).equals(StandardCharsets.UTF_8)) {
                return bad;
            }
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = in.read(), number = 1; ; b = in.read()) {
                if (b >= 0 && b != '\n') {
                    line.write(b);
                    continue;
                }
                if (!decodes(strict, line.toByteArray())) {
                    bad.add(number);
                }
                if (b < 0) {
                    return bad;
                }
                line.reset();
                number++;
            }
        } catch (IOException e) {
            throw new CorpusException(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    private static boolean decodes(CharsetDecoder strict, byte[] bytes) {
        try {
            strict.reset().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
