package org.redflag.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens corpus files as UTF-8 text: a byte-order mark is dropped, undecodable bytes become U+FFFD. */
final class TextFiles {

    private TextFiles() {
    }

    static BufferedReader open(Path file) {
        try {
            return open(Files.newInputStream(file));
        } catch (IOException e) {
            throw new CorpusException(file + ": cannot open: " + e.getMessage(), e);
        }
    }

    static BufferedReader open(InputStream in) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        try {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return reader;
    }
}
