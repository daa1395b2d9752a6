package org.redflag.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;
import org.redflag.ad.ContentHash;
import org.redflag.ad.JobAd;
import org.redflag.classify.ModelCard;
import org.redflag.classify.TrainingAds;
import org.redflag.features.FeatureVector;
import tools.jackson.databind.json.JsonMapper;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.functions.LibLINEAR;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

class ModelFilesTest {

    static final List<String> FEATURES = List.of("indicator.RECRUITMENT_FEE");
    static Instances data;
    static FilteredClassifier classifier;
    static ModelCard card;

    static FeatureVector vector(String text, double fee) {
        return new FeatureVector(text, Map.of("indicator.RECRUITMENT_FEE", fee), List.of());
    }

    /** A small but real model: fee and passport words are risky, the rest legitimate. */
    @BeforeAll
    static void train() throws Exception {
        WekaFeatureSchema schema = new WekaFeatureSchema(FEATURES);
        data = schema.emptyDataset(8);
        String[][] risky = {{"pay processing fee passport keep"}, {"fee deposit passport whatsapp"}, {"visa fee pay now passport"}};
        String[][] legit = {{"software engineer office team"}, {"nurse hospital shift team"}, {"driver licence office route"}};
        for (String[] r : risky) {
            data.add(schema.instance(vector(r[0], 1), true, data));
        }
        for (String[] l : legit) {
            data.add(schema.instance(vector(l[0], 0), false, data));
        }
        classifier = new FilteredClassifier();
        classifier.setFilter(new StringToWordVector());
        classifier.setClassifier(new NaiveBayesMultinomial());
        classifier.buildClassifier(data);
        card = new ModelCard("test-model", "NaiveBayesMultinomial", FEATURES, "words", 0.5, 0.25, List.of(),
                Map.of("legitimate", 3, "exploitative", 3), Map.of(), Map.of(), "test", "2026-11-28T00:00:00Z", "test", null);
    }

    @Test
    void aWrittenModelReadsBackAndScoresTheSame(@TempDir Path dir) {
        Path file = dir.resolve("m.model");
        ModelCard written = ModelFiles.write(classifier, card, file);
        WekaRiskModel read = ModelFiles.read(file);
        assertThat(read.card()).isEqualTo(written);
        assertThat(written.modelSha256()).hasSize(64);
        FeatureVector risky = vector("pay the fee and passport", 1);
        FeatureVector legit = vector("engineer team office", 0);
        WekaRiskModel original = new WekaRiskModel(classifier, card);
        assertThat(read.risk(risky)).isEqualTo(original.risk(risky)).isGreaterThan(0.5);
        assertThat(read.risk(legit)).isEqualTo(original.risk(legit)).isLessThan(0.5);
    }

    @Test
    void aModelKeepsTheAdsItWasTrainedOnByTheirText(@TempDir Path dir) {
        JobAd trained = JobAd.builder().id("a").title("Packer").description("Pay the visa fee first.").build();
        JobAd other = JobAd.builder().id("b").title("Nurse").description("Ward nurse for our unit.").build();
        Path file = dir.resolve("m.model");
        ModelCard written = ModelFiles.write(classifier, card, TrainingAds.of(List.of(trained)), file);

        TrainingAds read = ModelFiles.readTrainingAds(file);
        assertThat(read.known()).isTrue();
        assertThat(read.contains(JobAd.builder().id("copy").title("Packer").description("Pay the visa fee first.").build()))
                .as("the same text under another id").isTrue();
        assertThat(read.contains(other)).isFalse();
        assertThat(ModelFiles.read(file).card()).as("the model itself reads as before").isEqualTo(written);
    }

    @Test
    void aModelWrittenWithoutItsTrainingAdsKnowsNone(@TempDir Path dir) {
        Path file = dir.resolve("m.model");
        ModelFiles.write(classifier, card, file);
        TrainingAds read = ModelFiles.readTrainingAds(file);
        assertThat(read.known()).isFalse();
        assertThat(read.contains(JobAd.builder().description("Pay the visa fee first.").build())).isFalse();
    }

    @Test
    void aDamagedListOfTrainingAdsIsOneLine(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.model");
        ModelCard written = ModelFiles.write(classifier, card, file);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ModelFiles.CARD_ENTRY));
            zip.write(JsonMapper.builder().build().writeValueAsBytes(written));
            zip.putNextEntry(new ZipEntry(ModelFiles.TRAINING_ADS_ENTRY));
            zip.write("0123456789abcdef\nnot a checksum\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> ModelFiles.readTrainingAds(file)).isInstanceOf(RedflagException.class)
                .hasMessage(file + ": line 2 of its list of training ads is not a checksum");
    }

    @Test
    void aModelWithLibLinearLogisticRegressionPassesTheAllowList(@TempDir Path dir) throws Exception {
        LibLINEAR logistic = new LibLINEAR();
        logistic.setOptions(new String[] {"-S", "0", "-C", "1", "-P"});
        FilteredClassifier linear = new FilteredClassifier();
        linear.setFilter(new StringToWordVector());
        linear.setClassifier(logistic);
        linear.buildClassifier(data);
        Path file = dir.resolve("linear.model");
        ModelFiles.write(linear, card, file);
        FeatureVector risky = vector("pay the fee and passport", 1);
        assertThat(ModelFiles.read(file).risk(risky)).isEqualTo(new WekaRiskModel(linear, card).risk(risky));
    }

    @Test
    void aTamperedModelIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.model");
        ModelCard written = ModelFiles.write(classifier, card, file);
        byte[] bytes = serialize(classifier);
        bytes[bytes.length / 2] ^= 0x01;
        writeZip(file, JsonMapper.builder().build().writeValueAsBytes(written), bytes);
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOf(RedflagException.class)
                .hasMessageContaining("altered or damaged");
    }

    @Test
    void aCardWithImpossibleRiskLevelsIsRefused(@TempDir Path dir) throws IOException {
        // the checksum covers the classifier only, so a card's thresholds can be edited: levels a trainer never writes are refused
        for (double[] levels : new double[][] {{5, -1}, {0.1, 0.9}, {Double.NaN, 0.2}}) {
            Path file = dir.resolve("m.model");
            ModelCard written = ModelFiles.write(classifier, card, file);
            ModelCard edited = new ModelCard(written.id(), written.classifier(), written.featureNames(), written.textFeatures(),
                    levels[0], levels[1], written.trainingData(), written.labelCounts(), written.metrics(), written.versions(),
                    written.analyzer(), written.created(), written.command(), written.modelSha256());
            writeZip(file, JsonMapper.builder().build().writeValueAsBytes(edited), classifierBytes(file));
            assertThatThrownBy(() -> ModelFiles.read(file)).as(java.util.Arrays.toString(levels))
                    .isInstanceOf(RedflagException.class).hasMessageContaining("impossible risk levels");
        }
    }

    @Test
    void aTruncatedModelIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.model");
        ModelFiles.write(classifier, card, file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOf(RedflagException.class)
                .hasMessageContaining(file.toString());
    }

    @Test
    void aForeignFileIsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("notes.model");
        Files.writeString(file, "just some text");
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOf(RedflagException.class)
                .hasMessageContaining("not a Redflag model file");
    }

    @Test
    void aStreamNamingAClassOutsideTheAllowListIsRefusedEvenWithAMatchingChecksum(@TempDir Path dir) throws IOException {
        byte[] hostile = serialize(new URL("http://example.org/"));
        ModelCard forged = card.withModelSha256(ContentHash.sha256(hostile));
        Path file = dir.resolve("hostile.model");
        writeZip(file, JsonMapper.builder().build().writeValueAsBytes(forged), hostile);
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOf(RedflagException.class)
                .hasMessage(file + " was refused: it names java.net.URL, a class outside the model allow-list");
    }

    @Test
    void aClassifierOfZerosIsRefusedAtItsFirstBytesWithoutInflatingTheRest(@TempDir Path dir) throws IOException {
        // a zip bomb in small: 64 MB of zeros packed into some 64 KB; 2 GiB of them once ran a 1 GB heap out of memory
        Path file = dir.resolve("zeros.model");
        ModelCard written = ModelFiles.write(classifier, card, file);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ModelFiles.CARD_ENTRY));
            zip.write(JsonMapper.builder().build().writeValueAsBytes(written));
            zip.putNextEntry(new ZipEntry(ModelFiles.CLASSIFIER_ENTRY));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
        }
        long[] consumed = new long[1];
        try (InputStream in = new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                consumed[0] += Math.max(n, 0);
                return n;
            }
        }) {
            assertThatThrownBy(() -> ModelFiles.read(in, file.toString())).isInstanceOf(RedflagException.class)
                    .hasMessageStartingWith(file + " holds no readable classifier");
        }
        assertThat(consumed[0]).isLessThan(Files.size(file) / 4);
    }

    @Test
    void aClassifierLargerThanTheLimitIsRefusedByItsSize(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.model");
        ModelFiles.write(classifier, card, file);
        long limit = classifierBytes(file).length - 1;
        try (InputStream in = Files.newInputStream(file)) {
            assertThatThrownBy(() -> ModelFiles.read(in, "m.model", limit)).isInstanceOf(RedflagException.class)
                    .hasMessage("m.model: entry classifier.ser is larger than " + limit + " bytes");
        }
    }

    @Test
    void bytesAfterTheClassifierCountInTheChecksum(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("m.model");
        ModelCard written = ModelFiles.write(classifier, card, file);
        byte[] bytes = classifierBytes(file);
        byte[] padded = java.util.Arrays.copyOf(bytes, bytes.length + 16);
        writeZip(file, JsonMapper.builder().build().writeValueAsBytes(written), padded);
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOf(RedflagException.class)
                .hasMessageContaining("altered or damaged");
    }

    @Test
    void aMissingModelFileSaysSo(@TempDir Path dir) {
        assertThatThrownBy(() -> ModelFiles.read(dir.resolve("nope.model"))).isInstanceOf(RedflagException.class)
                .hasMessageContaining("does not exist");
    }

    @Test
    void anEmptyModelPathSaysSoRatherThanNameTheWorkingFolder() {
        assertThatThrownBy(() -> ModelFiles.read(Path.of(""))).isInstanceOf(RedflagException.class)
                .hasMessage("model file path is empty: name the file");
    }

    @Test
    void aModelPathThatIsADeviceSaysSoRatherThanThatItDoesNotExist() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "a system with /dev/null");
        assertThatThrownBy(() -> ModelFiles.read(Path.of("/dev/null"))).isInstanceOf(RedflagException.class)
                .hasMessage("model file /dev/null is not a regular file (a device or a pipe)");
    }

    static byte[] serialize(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static byte[] classifierBytes(Path file) throws IOException {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            return zip.getInputStream(zip.getEntry(ModelFiles.CLASSIFIER_ENTRY)).readAllBytes();
        }
    }

    static void writeZip(Path file, byte[] card, byte[] classifier) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(ModelFiles.CARD_ENTRY));
            zip.write(card);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(ModelFiles.CLASSIFIER_ENTRY));
            zip.write(classifier);
            zip.closeEntry();
        }
    }
}
