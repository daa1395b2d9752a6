package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;

/** A command's output is checked before its work: never one of its inputs, never a folder, never nowhere. */
class OutputFilesTest {

    @Test
    void anOutputThatIsAlsoAnInputIsRefusedAndTheInputKept(@TempDir Path dir) throws Exception {
        Path corpus = Files.writeString(dir.resolve("ads.jsonl"), "{\"id\":\"a\"}\n");
        for (String command : List.of("train", "export-arff", "train-indicators")) {
            RedflagCommandTest.Run r = RedflagCommandTest.run(command, "--corpus", corpus.toString(), "--out",
                    dir.resolve(".").resolve("ads.jsonl").toString());
            assertThat(r.code()).as(command).isEqualTo(1);
            assertThat(r.err().strip()).as(command).doesNotContain("\n").contains("is also an input");
            assertThat(Files.readString(corpus)).as(command).isEqualTo("{\"id\":\"a\"}\n");
        }
    }

    @Test
    void aFolderOrAMissingFolderIsRefused(@TempDir Path dir) {
        assertThatThrownBy(() -> OutputFiles.checkWritable(dir, List.of())).isInstanceOf(RedflagException.class)
                .hasMessageContaining("is a folder");
        assertThatThrownBy(() -> OutputFiles.checkWritable(dir.resolve("no/such/x.model"), List.of()))
                .isInstanceOf(RedflagException.class).hasMessageContaining("does not exist");
    }

    @Test
    void aNewFileInAnExistingFolderIsFine(@TempDir Path dir) throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), "x");
        OutputFiles.checkWritable(dir.resolve("out.model"), List.of(in));
        OutputFiles.checkWritable(Path.of("relative.model"), List.of(in));
    }

    @Test
    void aReportFolderThatCannotBeCreatedIsOneLine(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> OutputFiles.createFolder(file.resolve("report"))).isInstanceOf(RedflagException.class)
                .hasMessage("cannot create the folder " + file.resolve("report") + ": " + file + " is a file, not a folder");
    }

    @Test
    void aReportFolderThatIsAFileIsSaidSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("ad.json"), "{}");
        assertThatThrownBy(() -> OutputFiles.createFolder(file)).isInstanceOf(RedflagException.class)
                .hasMessage(file + " is a file, not a folder");
    }
}
