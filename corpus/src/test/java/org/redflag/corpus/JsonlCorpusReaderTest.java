package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class JsonlCorpusReaderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
        Files.writeString(f, "{not json\n{\"id\":\"y\",\"label\":\"legitimate\"}\n[1,2]\n" + "[".repeat(600) + "]".repeat(600)
                + "\n{\"id\":\"a\"} {\"id\":\"b\"}\n");
        try (CorpusReader r = CorpusReaders.open(f, true)) {
            assertThat(r.hasNext()).isFalse();
            assertThat(r.skipped()).isEqualTo(5);
            assertThat(r.problems().get(0)).startsWith(f + ":1: not valid JSON");
            assertThat(r.problems().get(1)).isEqualTo(f + ":2: ad y has no description");
            assertThat(r.problems().get(2)).isEqualTo(f + ":3: not a JSON object");
            assertThat(r.problems().get(3)).isEqualTo(f + ":4: JSON nested deeper than 500 levels");
            assertThat(r.problems().get(4)).isEqualTo(f + ":5: more than one JSON value (give one ad per line)");
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

    @Test
    void aUtf16FileIsReadByItsByteOrderMarkAsTheSameAds(@TempDir Path dir) throws IOException {
        String corpus = GOOD.replace("Doha", "Doha \u00e9\u4e2d") + "\n";
        List<LabelledAd> expected = CorpusReaders.readAll(Files.writeString(dir.resolve("utf8.jsonl"), corpus), false);
        for (java.nio.charset.Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            Path f = Files.write(dir.resolve(utf16 + ".jsonl"), ("\uFEFF" + corpus).getBytes(utf16));
            assertThat(CorpusReaders.readAll(f, false)).as(utf16.name()).extracting(LabelledAd::ad)
                    .isEqualTo(expected.stream().map(LabelledAd::ad).toList());
        }
    }

    @Test
    void aTextFieldHoldingANumberTrueOrFalseAListOrAnObjectIsRefusedWithItsPlace(@TempDir Path dir) throws IOException {
        for (String field : List.of("id", "title", "employer", "location", "salary", "company_profile", "description",
                "requirements", "benefits", "contact", "url", "posted", "language", "source", "label", "notes")) {
            for (String value : List.of("5", "true", "[\"x\"]", "{\"x\": \"y\"}")) {
                if (value.equals("5") && (field.equals("id") || field.equals("salary"))) {
                    continue; // an exported id or salary, below
                }
                ObjectNode ad = (ObjectNode) JSON.readTree(GOOD);
                ad.set(field, JSON.readTree(value));
                Path f = Files.writeString(dir.resolve("c.jsonl"), GOOD.replace("a1", "a0") + "\n" + ad + "\n");
                assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).as(field + ": " + value)
                        .isInstanceOf(CorpusException.class)
                        .hasMessageStartingWith(f + ":2: field " + field + " must be text, not ");
            }
        }
    }

    @Test
    void aWholeNumberStandsForTheTextOfAnIdOrASalaryButNotAFraction(@TempDir Path dir) throws IOException {
        ObjectNode ad = (ObjectNode) JSON.readTree(GOOD);
        ad.put("id", 17);
        ad.put("salary", 45000);
        Path f = Files.writeString(dir.resolve("c.jsonl"), ad + "\n");
        LabelledAd read = CorpusReaders.readAll(f, false).get(0);
        assertThat(read.ad().id()).isEqualTo("17");
        assertThat(read.ad().salary()).isEqualTo("45000");
        ad.put("salary", 4.5);
        Path g = Files.writeString(dir.resolve("d.jsonl"), ad + "\n");
        assertThatThrownBy(() -> CorpusReaders.readAll(g, false)).isInstanceOf(CorpusException.class)
                .hasMessage(g + ":1: field salary must be text, not a number");
    }

    @Test
    void aFileWithoutAKnownEndingWhoseFirstAdIsLongIsReadAsJsonLines(@TempDir Path dir) throws IOException {
        ObjectNode ad = (ObjectNode) JSON.readTree(GOOD);
        ad.put("description", "Line cook for our hotel kitchen, weekly pay. ".repeat(1000));
        Path f = Files.writeString(dir.resolve("ads.txt"), "\n  " + ad + "\n");
        assertThat(CorpusReaders.readAll(f, false)).hasSize(1);
    }

    @Test
    void anAdWithoutALabelSaysSoAndNamesTheLabels(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), "{\"id\": \"rf-b4-001\", \"description\": \"Line cook.\"}\n");
        assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).isInstanceOf(CorpusException.class)
                .hasMessage(f + ":1: ad rf-b4-001 has no label (one of exploitative, fraudulent or legitimate)");
    }

    @Test
    void anIdThatComesAgainIsRefusedNamingBothPlacesOrSkippedWhenAsked(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("c.jsonl"), GOOD + "\n" + GOOD.replace("a1", "a2") + "\n" + GOOD + "\n");
        assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).isInstanceOf(CorpusException.class)
                .hasMessage(f + ":3: ad id a1 again (first at " + f + ":1)");
        try (CorpusReader r = CorpusReaders.open(f, true)) {
            assertThat(r.stream().map(a -> a.ad().id()).toList()).containsExactly("a1", "a2");
            assertThat(r.problems()).containsExactly(f + ":3: ad id a1 again (first at " + f + ":1)");
        }
    }

    @Test
    void anIdOfAnEarlierFileOfTheSameCorpusIsRefused(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.jsonl"), GOOD + "\n");
        Path b = Files.writeString(dir.resolve("b.jsonl"), GOOD.replace("a1", "b1") + "\n" + GOOD + "\n");
        AdIds ids = new AdIds();
        try (CorpusReader r = CorpusReaders.open(a, false, ids)) {
            r.forEachRemaining(ad -> { });
        }
        try (CorpusReader r = CorpusReaders.open(b, false, ids)) {
            assertThat(r.next().ad().id()).isEqualTo("b1");
            assertThatThrownBy(r::next).isInstanceOf(CorpusException.class)
                    .hasMessage(b + ":2: ad id a1 again (first at " + a + ":1)");
        }
    }

    @Test
    void aFolderOrADeviceIsNoCorpusFile(@TempDir Path dir) {
        assertThatThrownBy(() -> CorpusReaders.open(dir, false)).isInstanceOf(CorpusException.class)
                .hasMessage(dir + ": is a folder, not a corpus file");
        Path device = Path.of("/dev/null");
        if (Files.exists(device)) {
            assertThatThrownBy(() -> CorpusReaders.requireFile(device)).as("for a command that reads the file twice")
                    .isInstanceOf(CorpusException.class).hasMessage("/dev/null: is a device or a pipe, not a corpus file");
        }
    }

    @Test
    void anUnknownIndicatorCodeIsAMalformedRecordNamingFileLineAndCode(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("c.jsonl");
        Files.writeString(f, GOOD + "\n" + GOOD.replace("a1", "a2").replace("RECRUITMENT_FEE", "recruitment_fee") + "\n");
        assertThatThrownBy(() -> CorpusReaders.readAll(f, false)).isInstanceOf(CorpusException.class)
                .hasMessage(f + ":2: ad a2: unknown indicator code recruitment_fee (codes are upper case: RECRUITMENT_FEE)");
        try (CorpusReader r = CorpusReaders.open(f, true)) {
            assertThat(r.stream().map(a -> a.ad().id())).containsExactly("a1");
            assertThat(r.problems()).containsExactly(f + ":2: ad a2: unknown indicator code recruitment_fee (codes are upper case: "
                    + "RECRUITMENT_FEE)");
        }
    }
}
