package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellCommandTest {

    private static final List<String> TRAIN = List.of("train", "--corpus", "my ads.jsonl", "--classifier",
            "weka.classifiers.functions.SGD -F 1 -N", "--out", "it's.model", "--command-note", "", "$HOME", "a\"b", "*",
            "line\nbreak", "plain-word_1.2:x=y@z%+,");

    @Test
    void aWordThatNeedsNoQuotesIsLeftBareAndTheOthersAreSingleQuoted() {
        assertThat(ShellCommand.of(List.of("train", "--classifier", "weka.classifiers.functions.SGD -F 1 -N", "it's", "")))
                .isEqualTo("train --classifier 'weka.classifiers.functions.SGD -F 1 -N' 'it'\\''s' ''");
    }

    @Test
    void aPosixShellReadsTheCommandBackAsTheSameWords() throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no POSIX shell here");
        Process sh = new ProcessBuilder("/bin/sh", "-c", "printf '%s\\0' " + ShellCommand.of(TRAIN)).redirectErrorStream(true).start();
        String out = new String(sh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(sh.waitFor()).isZero();
        assertThat(Arrays.asList(out.split("\0", -1)).subList(0, TRAIN.size())).isEqualTo(TRAIN);
    }
}
