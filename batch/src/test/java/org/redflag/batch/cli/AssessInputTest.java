package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.cli.RedflagCommandTest.Run;

/** What {@code assess} tells of an input it cannot read as ads: one line, in words, that names the file. */
class AssessInputTest {

    private static final String AD = "{\"id\": \"a\", \"title\": \"Packer\", \"description\": \"Pack boxes in the warehouse, "
            + "day shifts, paid weekly.\"}";

    @Test
    void aJsonFileOfTwoAdsIsToldToGiveOnePerFileOrUseJsonLines(@TempDir Path dir) throws Exception {
        Path multi = Files.writeString(dir.resolve("multi.json"), AD + "\n" + AD + "\n");
        Run r = RedflagCommandTest.run("assess", multi.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + multi + ": more than one JSON value (give one ad per .json "
                + "file, or several as .jsonl)");
    }

    @Test
    void jsonNestedTooDeepIsToldInWords(@TempDir Path dir) throws Exception {
        Path nested = Files.writeString(dir.resolve("nested.json"), "{\"id\": \"a\", \"x\": " + "[".repeat(2000)
                + "]".repeat(2000) + "}");
        Run r = RedflagCommandTest.run("assess", nested.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + nested + ": JSON nested deeper than 500 levels");
    }
}
