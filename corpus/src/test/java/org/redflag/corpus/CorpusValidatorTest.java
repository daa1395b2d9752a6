package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;

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
}
