package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonlCorpusReaderTest {

    static final String GOOD = "{\"id\":\"a1\",\"title\":\"Cook\",\"employer\":\"\",\"location\":\"Doha\",\"salary\":\"\","
            + "\"description\":\"Pay the visa fee first.\",\"contact\":\"\",\"source\":\"team\",\"label\":\"exploitative\","
            + "\"indicators\":[\"RECRUITMENT_FEE\"],\"evidence\":[{\"indicator\":\"RECRUITMENT_FEE\",\"text\":\"visa fee\"}],\"notes\":\"n\"}";

    @Test
    void readsAdsWithLabelsIndicatorsAndEvidence(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, "\uFEFF" + GOOD + "\n\n" + GOOD.replace("a1", "a2").replace("exploitative", "legitimate") + "\n");
        List<LabelledAd> ads = CorpusReaders.readAll(f, false);
        assertThat(ads).hasSize(2);
        LabelledAd a = ads.get(0);
        assertThat(a.ad().id()).isEqualTo("a1");
        assertThat(a.ad().location()).isEqualTo("Doha");
        assertThat(a.label()).isEqualTo(Label.EXPLOITATIVE);
        assertThat(a.indicators()).containsExactly("RECRUITMENT_FEE");
        assertThat(a.evidence()).containsExactly(new LabelledAd.Evidence("RECRUITMENT_FEE", "visa fee"));
        assertThat(a.annotated()).isTrue();
        assertThat(ads.get(1).label()).isEqualTo(Label.LEGITIMATE);
        assertThat(ads.get(1).origin()).isEqualTo(f + ":3");
    }

    @Test
    void aMalformedLineSaysFileLineAndWhat(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, GOOD + "\n{\"id\": \"x\", \"description\": \"d\", \"label\": \"maybe\"}\n");
        assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).isInstanceOf(CorpusException.class)
                .hasMessage(f + ":2: ad x has label \"maybe\"; expected exploitative, fraudulent or legitimate");
    }

    @Test
    void brokenJsonAndMissingFieldsAreReported(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, "{not json\n{\"id\":\"y\",\"label\":\"legitimate\"}\n[1,2]\n");
        try (CorpusReader r = CorpusReaders.open(f, true)) {
            assertThat(r.hasNext()).isFalse();
            assertThat(r.skipped()).isEqualTo(3);
            assertThat(r.problems().get(0)).startsWith(f + ":1: not valid JSON");
            assertThat(r.problems().get(1)).isEqualTo(f + ":2: ad y has no description");
            assertThat(r.problems().get(2)).isEqualTo(f + ":3: not a JSON object");
        }
    }

    @Test
    void skipBadKeepsTheGoodLines(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, GOOD + "\n{broken\n" + GOOD.replace("a1", "a3") + "\n");
        try (CorpusReader r = CorpusReaders.open(f, true)) {
            assertThat(r.stream().map(a -> a.ad().id()).toList()).containsExactly("a1", "a3");
            assertThat(r.skipped()).isEqualTo(1);
        }
    }

    @Test
    void aMissingFileSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> CorpusReaders.open(dir.resolve("none.jsonl"), false)).isInstanceOf(CorpusException.class)
                .hasMessageContaining("no such file");
    }
}
