package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusValidatorTest {

    @Test
    void aFileWithoutAnyAdIsNoValidCorpus(@TempDir Path dir) throws Exception {
        for (String content : new String[] {"", " \n\n"}) {
            Path file = Files.writeString(dir.resolve("ads.jsonl"), content);
            assertThat(CorpusValidator.validate(file)).containsExactly(file + ": holds no ad");
        }
    }

    @Test
    void aFileWithOneGoodAdIsValid(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ads.jsonl"),
                "{\"id\": \"a\", \"description\": \"Line cook for our hotel.\", \"label\": \"legitimate\"}\n");
        assertThat(CorpusValidator.validate(file)).isEmpty();
    }

    @Test
    void aLineHoldingBytesThatAreNotUtf8IsAProblem(@TempDir Path dir) throws Exception {
        byte[] good = "{\"id\": \"a\", \"description\": \"Line cook for our hotel.\", \"label\": \"legitimate\"}\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "{\"id\": \"b\", \"description\": \"Caf\u00e9 staff for our bar in Lyon, paid weekly.\", \"label\": \"legitimate\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = dir.resolve("ads.jsonl");
        try (var out = Files.newOutputStream(file)) {
            out.write(good);
            out.write(latin1);
        }
        assertThat(CorpusValidator.validate(file)).containsExactly(file + ":2: bytes that are not UTF-8 (shown as U+FFFD)");
    }

    @Test
    void aReplacementCharacterWrittenInUtf8IsNoProblem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ads.jsonl"),
                "{\"id\": \"a\", \"description\": \"Line cook \uFFFD for our hotel.\", \"label\": \"legitimate\"}\n");
        assertThat(CorpusValidator.validate(file)).isEmpty();
    }

    @Test
    void aFileThatCannotBeReadIsAnErrorNotAProblemOfTheFile(@TempDir Path dir) {
        assertThatThrownBy(() -> CorpusValidator.validate(dir.resolve("nope.jsonl"))).isInstanceOf(CorpusException.class)
                .hasMessage(dir.resolve("nope.jsonl") + ": no such file");
        assertThatThrownBy(() -> CorpusValidator.validate(dir)).isInstanceOf(CorpusException.class)
                .hasMessage(dir + ": is a folder, not a corpus file");
    }

    @Test
    void anIdThatComesAgainIsAProblemNamingBothPlaces(@TempDir Path dir) throws Exception {
        String ad = "{\"id\": \"a\", \"description\": \"Line cook for our hotel.\", \"label\": \"legitimate\"}\n";
        Path file = Files.writeString(dir.resolve("ads.jsonl"), ad + ad);
        assertThat(CorpusValidator.validate(file)).containsExactly(file + ":2: ad id a again (first at " + file + ":1)");
    }

    @Test
    void anUnknownIndicatorCodeIsAProblem(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), "{\"id\": \"a\", \"description\": \"Line cook for our hotel.\", "
                + "\"label\": \"legitimate\", \"indicators\": [\"NO_SUCH_CODE\"]}\n");
        assertThat(CorpusValidator.validate(file)).containsExactly(file + ":1: ad a: unknown indicator code NO_SUCH_CODE");
    }
}
