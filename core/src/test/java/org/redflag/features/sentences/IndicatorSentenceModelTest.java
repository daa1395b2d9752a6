package org.redflag.features.sentences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;
import org.redflag.features.Indicator;
import org.redflag.features.sentences.IndicatorSentenceModel.IndicatorScorer;

class IndicatorSentenceModelTest {

    /**
     * A model that finds DOCUMENT_RETENTION in passages like "passport kept by the boss": its weights are that passage's
     * vector, so a passage scores by how much it shares with it.
     */
    static IndicatorSentenceModel retentionModel(double threshold) {
        return retentionModel(threshold, 0);
    }

    /** The same model, whose veto drops the rules' finds of DOCUMENT_RETENTION in a description no passage of which reaches it. */
    static IndicatorSentenceModel retentionModel(double threshold, double veto) {
        NgramVectorizer v = NgramVectorizer.fit(List.of("passport kept by the boss", "salary paid every month",
                "the boss keeps your passport", "free visa and ticket"), 1);
        float[] weights = new float[v.size()];
        SparseVector pattern = v.vector("passport kept by the boss");
        for (int i = 0; i < pattern.columns().length; i++) {
            weights[pattern.columns()[i]] = 5 * pattern.values()[i];
        }
        return new IndicatorSentenceModel(v, Map.of(Indicator.DOCUMENT_RETENTION, new IndicatorScorer(weights, -3, threshold, veto)),
                "test model");
    }

    @Test
    void aPassageScoresByWhatItSharesWithWhatTheModelLearnt() {
        IndicatorSentenceModel m = retentionModel(0.5);
        IndicatorScorer s = m.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(s.probability(m.vector("the passport is kept by the boss"))).isGreaterThan(0.9);
        assertThat(s.probability(m.vector("salary paid every month"))).isLessThan(0.1);
    }

    @Test
    void aWrittenModelReadsBackTheSame(@TempDir Path dir) {
        IndicatorSentenceModel m = retentionModel(0.7, 0.2);
        m.write(dir.resolve("s.model"));
        IndicatorSentenceModel back = IndicatorSentenceModel.read(dir.resolve("s.model"));
        assertThat(back.provenance()).isEqualTo("test model");
        IndicatorScorer a = m.scorers().get(Indicator.DOCUMENT_RETENTION);
        IndicatorScorer b = back.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(b.threshold()).isEqualTo(0.7);
        assertThat(b.veto()).isEqualTo(0.2);
        assertThat(b.probability(back.vector("boss keeps passport"))).isEqualTo(a.probability(m.vector("boss keeps passport")));
    }

    /** Writes {@link #retentionModel}'s scorer by hand, in a format of its own choosing: with a veto only from format 2. */
    private static void writeByHand(Path file, int format, double threshold, double veto) throws IOException {
        IndicatorScorer scorer = retentionModel(0.5).scorers().get(Indicator.DOCUMENT_RETENTION);
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file)))) {
            out.writeUTF("redflag indicator-sentence model");
            out.writeInt(format);
            out.writeUTF("a model of format " + format);
            NgramVectorizer.fit(List.of("passport kept by the boss", "salary paid every month",
                    "the boss keeps your passport", "free visa and ticket"), 1).write(out);
            out.writeInt(1);
            out.writeUTF(Indicator.DOCUMENT_RETENTION.name());
            out.writeDouble(threshold);
            if (format > 1) {
                out.writeDouble(veto);
            }
            out.writeFloat(scorer.bias());
            for (float w : scorer.weights()) {
                out.writeFloat(w);
            }
        }
    }

    @Test
    void aModelWrittenBeforeVetoesReadsWithoutOne(@TempDir Path dir) throws IOException {
        Path old = dir.resolve("format-1.model");
        writeByHand(old, 1, 0.7, 0);
        IndicatorScorer back = IndicatorSentenceModel.read(old).scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(back.threshold()).isEqualTo(0.7);
        assertThat(back.veto()).as("the rules' finds stand, as when it was trained").isZero();
        assertThat(back.weights()).isEqualTo(retentionModel(0.5).scorers().get(Indicator.DOCUMENT_RETENTION).weights());
    }

    @Test
    void aVetoThatIsNoProbabilityUnderTheThresholdIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("veto.model");
        writeByHand(file, 2, 0.5, 0.6);
        assertThatThrownBy(() -> IndicatorSentenceModel.read(file)).isInstanceOf(RedflagException.class)
                .hasMessage(file + " gives DOCUMENT_RETENTION the veto 0.6, not a probability under its threshold 0.5");
        writeByHand(file, 2, 0.5, 0.2);
        assertThat(IndicatorSentenceModel.read(file).scorers().get(Indicator.DOCUMENT_RETENTION).veto()).isEqualTo(0.2);
        assertThatThrownBy(() -> retentionModel(0.5, 0.6)).as("nor can one be built, so none is written")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFileThatIsNoModelIsRefusedWithItsName(@TempDir Path dir) throws IOException {
        Path garbage = Files.writeString(dir.resolve("garbage.model"), "not a model");
        assertThatThrownBy(() -> IndicatorSentenceModel.read(garbage)).isInstanceOf(RedflagException.class)
                .hasMessage(garbage + " is not an indicator-sentence model (not gzip'd: Not in GZIP format)");
        Path other = dir.resolve("other.model");
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(other)))) {
            out.writeUTF("some other format");
        }
        assertThatThrownBy(() -> IndicatorSentenceModel.read(other)).isInstanceOf(RedflagException.class)
                .hasMessage(other + " is not an indicator-sentence model of format 1 or 2");
        assertThatThrownBy(() -> IndicatorSentenceModel.read(dir.resolve("missing.model"))).isInstanceOf(RedflagException.class)
                .hasMessage("indicator-sentence model " + dir.resolve("missing.model") + " does not exist");
    }

    @Test
    void aThresholdThatIsNoProbabilityIsRefused(@TempDir Path dir) {
        Path file = dir.resolve("odd.model");
        retentionModel(Double.NaN).write(file);
        assertThatThrownBy(() -> IndicatorSentenceModel.read(file)).isInstanceOf(RedflagException.class)
                .hasMessage(file + " gives DOCUMENT_RETENTION the threshold NaN, not a probability");
        assertThat(dir.resolve("odd.model.part")).as("written whole, then moved in place").doesNotExist();
    }

    @Test
    void aTruncatedModelIsRefused(@TempDir Path dir) throws IOException {
        Path whole = dir.resolve("whole.model");
        retentionModel(0.5).write(whole);
        byte[] unzipped = new java.util.zip.GZIPInputStream(Files.newInputStream(whole)).readAllBytes();
        Path cut = dir.resolve("cut.model");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(Arrays.copyOf(unzipped, unzipped.length - 10));
        }
        Files.write(cut, bytes.toByteArray());
        assertThatThrownBy(() -> IndicatorSentenceModel.read(cut)).isInstanceOf(RedflagException.class)
                .hasMessage(cut + " ends early: a truncated indicator-sentence model");
    }

    @Test
    void theShippedModelLoadsAndFindsIndicatorsBesideTheRules() {
        IndicatorSentenceModel shipped = IndicatorSentenceModel.shipped();
        assertThat(shipped.scorers()).isNotEmpty();
        assertThat(shipped.provenance()).contains("trained on");
        shipped.scorers().values().forEach(s -> assertThat(s.threshold()).isBetween(0.5, 1.0));
    }
}
