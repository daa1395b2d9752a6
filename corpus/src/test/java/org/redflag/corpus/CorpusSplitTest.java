package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusSplitTest {

    private static String ad(String id, String label, String description) {
        return "{\"id\": \"" + id + "\", \"description\": \"" + description + "\", \"label\": \"" + label + "\"}\n";
    }

    private static final String COOK = ad("a", "legitimate", "Line cook for our hotel kitchen, weekly pay, paid holidays.");
    private static final String FEE = ad("b", "exploitative", "Pay the visa fee first; your passport is kept by the agent.");

    @Test
    void splitsByLabelIntoATrainAndATestFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), COOK + FEE + ad("c", "legitimate",
                "Ward nurse for the surgical unit, registration needed.") + ad("d", "exploitative",
                "Free flight to Dubai; the recruitment fee is taken from your wages."));
        CorpusSplit.Result r = CorpusSplit.split(file, 0.5, 1, dir.resolve("out"));
        assertThat(r.trainAds()).isEqualTo(2);
        assertThat(r.testAds()).isEqualTo(2);
        assertThat(Files.readAllLines(r.train())).hasSize(2);
    }

    @Test
    void anEmptyCorpusIsRefusedAndNothingWritten(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), "\n");
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> CorpusSplit.split(file, 0.2, 1, out)).isInstanceOf(CorpusException.class)
                .hasMessage(file + ": holds no ad, nothing to split");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCorpusThatLeavesASideWithoutAnAdIsRefusedAndNothingWritten(@TempDir Path dir) throws IOException {
        Path one = Files.writeString(dir.resolve("one.jsonl"), COOK);
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> CorpusSplit.split(one, 0.2, 1, out)).isInstanceOf(CorpusException.class)
                .hasMessage(one + ": 1 ad cannot be split: the test file would get none at --test 0.2");
        Path two = Files.writeString(dir.resolve("two.jsonl"), COOK + FEE);
        assertThatThrownBy(() -> CorpusSplit.split(two, 0.9, 1, out)).isInstanceOf(CorpusException.class)
                .hasMessage(two + ": 2 ads cannot be split: the train file would get none at --test 0.9");
        assertThat(out).doesNotExist();
    }

    @Test
    void anIdThatComesAgainIsRefusedNamingBothPlaces(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ads.jsonl"), COOK + FEE + COOK);
        assertThatThrownBy(() -> CorpusSplit.split(file, 0.5, 1, dir.resolve("out"))).isInstanceOf(CorpusException.class)
                .hasMessage(file + ":3: ad id a again (first at " + file + ":1)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anEmscadCsvIsRefusedInOneLineAndNothingWritten(@TempDir Path dir) throws IOException {
        Path csv = Files.writeString(dir.resolve("fake_job_postings.CSV"), "job_id,title,description,fraudulent\n1,Cook,Line cook for our hotel.,0\n");
        Path out = dir.resolve("out");
        assertThatThrownBy(() -> CorpusSplit.split(csv, 0.5, 1, out)).isInstanceOf(CorpusException.class)
                .hasMessage(csv + ": corpus split takes a .jsonl corpus, not a CSV (stats, validate, train and evaluate read "
                        + "the CSV as it is)");
        assertThat(out).doesNotExist();
    }
}
