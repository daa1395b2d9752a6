package org.redflag.classify.weka;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.redflag.RedflagException;
import org.redflag.ad.ContentHash;
import org.redflag.classify.ModelCard;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import weka.classifiers.Classifier;
import weka.classifiers.bayes.NaiveBayes;
import weka.classifiers.bayes.NaiveBayesMultinomial;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instances;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * A hand-edited card or a classifier swapped for another is refused when the model is read, in one line that
 * names the file and says what is wrong in words: no JSON library's or Weka's text, no crash at the first ad.
 */
class ModelFileFaultsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @BeforeAll
    static void train() throws Exception {
        ModelFilesTest.train();
    }

    static Stream<Arguments> editedCards() {
        return Stream.of(
                edit(card -> card.putNull("highThreshold"), "its highThreshold is null, not a number"),
                edit(card -> card.remove("highThreshold"), "it lacks highThreshold, a number"),
                edit(card -> card.put("mediumThreshold", "low"), "its mediumThreshold is \"low\", not a number"),
                edit(card -> card.putArray("trainingData").addObject().putNull("ads"),
                        "its trainingData[0].ads is null, not a whole number"),
                edit(card -> card.putObject("labelCounts").put("risky", "many"),
                        "its labelCounts.risky is \"many\", not a whole number"),
                edit(card -> card.remove("featureNames"), "it lacks featureNames, a list"),
                edit(card -> card.put("featureNames", "indicator.RECRUITMENT_FEE"),
                        "its featureNames is \"indicator.RECRUITMENT_FEE\", not a list"),
                edit(card -> ((ArrayNode) card.get("featureNames")).addNull(),
                        "its featureNames[1] is null, not a text"),
                edit(card -> ((ArrayNode) card.get("featureNames")).add("indicator.RECRUITMENT_FEE"),
                        "its featureNames has \"indicator.RECRUITMENT_FEE\" twice"),
                edit(card -> ((ArrayNode) card.get("featureNames")).add("class"),
                        "its featureNames has \"class\", a name kept for the ad's text or class"),
                edit(card -> card.putNull("id"), "its id is null, not a text"),
                edit(card -> card.put("id", " "), "its id is empty"));
    }

    private static Arguments edit(Consumer<ObjectNode> edit, String fault) {
        return Arguments.of(edit, fault);
    }

    @ParameterizedTest
    @MethodSource("editedCards")
    void aCardWithAFieldMissingNullOrOfTheWrongKindIsRefusedByName(Consumer<ObjectNode> edit, String fault)
            throws IOException {
        Path file = dir.resolve("edited.model");
        ModelCard written = ModelFiles.write(ModelFilesTest.classifier, ModelFilesTest.card, file);
        ObjectNode card = JSON.valueToTree(written);
        edit.accept(card);
        ModelFilesTest.writeZip(file, JSON.writeValueAsBytes(card), ModelFilesTest.serialize(ModelFilesTest.classifier));
        assertRefused(file, file + " has an unreadable model card: " + fault);
    }

    @Test
    void aCardThatIsNotAJsonObjectIsRefused() throws IOException {
        Path file = dir.resolve("edited.model");
        byte[] classifier = ModelFilesTest.serialize(ModelFilesTest.classifier);
        ModelFilesTest.writeZip(file, "null".getBytes(StandardCharsets.UTF_8), classifier);
        assertRefused(file, file + " has an unreadable model card: it is null, not a JSON object");
        ModelFilesTest.writeZip(file, "{\"id\": \"m\",\n \"highThreshold\": 0.5,,}".getBytes(StandardCharsets.UTF_8), classifier);
        assertRefused(file, file + " has an unreadable model card: it is not valid JSON (line 2, column 23)");
        ModelFilesTest.writeZip(file, new byte[0], classifier);
        assertRefused(file, file + " has an unreadable model card: it is empty");
    }

    @Test
    void aCardNamingFewerFeaturesThanItsClassifierWasTrainedOnIsRefused() throws IOException {
        // Weka's own words for this, at the first ad: "Filter didn't make the test instance immediately available!"
        Path file = sealed(ModelFilesTest.classifier, List.of());
        assertRefused(file, file + " does not fit its card: its classifier was trained on 1 feature, "
                + "its card names 0 features");
    }

    @Test
    void aCardNamingAnotherFeatureThanItsClassifierWasTrainedOnIsRefused() throws IOException {
        Path file = sealed(ModelFilesTest.classifier, List.of("indicator.DEBT_BONDAGE"));
        assertRefused(file, file + " does not fit its card: where its card names \"indicator.DEBT_BONDAGE\", its "
                + "classifier was trained on \"indicator.RECRUITMENT_FEE\"");
    }

    @Test
    void aFeatureNameWithALineBreakIsShownOnOneLine() throws IOException {
        Path file = sealed(ModelFilesTest.classifier, List.of("indicator.\nRECRUITMENT_FEE"));
        assertRefused(file, file + " does not fit its card: where its card names \"indicator.\\nRECRUITMENT_FEE\", its "
                + "classifier was trained on \"indicator.RECRUITMENT_FEE\"");
    }

    @Test
    void aClassifierTrainedOnOtherFeaturesIsRefused() throws Exception {
        WekaFeatureSchema other = new WekaFeatureSchema(List.of("a", "b"));
        FilteredClassifier classifier = filtered(new NaiveBayesMultinomial());
        classifier.buildClassifier(relabelled(other.emptyDataset(6), ModelFilesTest.data));
        Path file = sealed(classifier, ModelFilesTest.FEATURES);
        assertRefused(file, file + " does not fit its card: its classifier was trained on 2 features, "
                + "its card names 1 feature");
    }

    @Test
    void aClassifierOfThreeClassesIsRefused() throws Exception {
        Instances data = ModelFilesTest.data;
        ArrayList<Attribute> attributes = new ArrayList<>();
        for (int i = 0; i < data.numAttributes() - 1; i++) {
            attributes.add(data.attribute(i).copy(data.attribute(i).name()));
        }
        attributes.add(new Attribute(WekaFeatureSchema.CLASS, List.of("legitimate", "risky", "unsure")));
        Instances three = new Instances("redflag-ads", attributes, data.numInstances());
        three.setClassIndex(attributes.size() - 1);
        FilteredClassifier classifier = filtered(new NaiveBayesMultinomial());
        classifier.buildClassifier(relabelled(three, data));
        Path file = sealed(classifier, ModelFilesTest.FEATURES);
        assertRefused(file, file + " does not fit its card: its classifier takes \"class\" as one of legitimate, risky, "
                + "unsure, a Redflag model as one of legitimate, risky");
    }

    @Test
    void anUntrainedClassifierIsRefused() throws IOException {
        Path file = sealed(filtered(new NaiveBayesMultinomial()), ModelFilesTest.FEATURES);
        assertRefused(file, file + " holds a classifier that was never trained");
        Path learner = sealed(new NaiveBayes(), ModelFilesTest.FEATURES);
        assertRefused(learner, learner + " holds a classifier that cannot score an ad with the features its card "
                + "names: it fails on a blank one (is it untrained, or made for other features?)");
    }

    @Test
    void aClassifierEntryOfNullIsRefused() throws IOException {
        Path file = sealed(ModelFilesTest.serialize(null), ModelFilesTest.FEATURES);
        assertRefused(file, file + " holds null, not a Weka classifier");
    }

    @Test
    void aClassifierEntryThatIsEmptyOrCutShortIsRefused() throws IOException {
        Path empty = sealed(new byte[0], ModelFilesTest.FEATURES);
        assertRefused(empty, empty + " holds no readable classifier: classifier.ser is empty");
        byte[] whole = ModelFilesTest.serialize(ModelFilesTest.classifier);
        Path cut = sealed(Arrays.copyOf(whole, whole.length / 2), ModelFilesTest.FEATURES);
        assertRefused(cut, cut + " holds no readable classifier: classifier.ser ends before its classifier does");
    }

    @Test
    void anArrayLongerThanAnyModelNeedsIsRefusedBeforeItIsMade() throws IOException {
        // a few bytes that declare a double[20,000,000] (160 MB) with a matching checksum: a heap filled by a small file
        byte[] bytes = ModelFilesTest.serialize(new double[1]);
        ByteBuffer.wrap(bytes, bytes.length - Double.BYTES - Integer.BYTES, Integer.BYTES).putInt(20_000_000);
        Path file = sealed(bytes, ModelFilesTest.FEATURES);
        assertRefused(file, file + " was refused: its classifier goes past the limits a model may have (nesting, "
                + "references, array length or size)");
    }

    @Test
    void aClassifierSavedByAnotherVersionOfItsClassIsNotMistakenForAClassOutsideTheAllowList() throws IOException {
        byte[] bytes = ModelFilesTest.serialize(ModelFilesTest.classifier);
        String name = FilteredClassifier.class.getName();
        int at = indexOf(bytes, name.getBytes(StandardCharsets.UTF_8)) + name.length();
        bytes[at + 7] ^= 0x01; // the last byte of its serialVersionUID, which follows the class name
        Path file = sealed(bytes, ModelFilesTest.FEATURES);
        assertRefused(file, file + " holds no readable classifier: it was saved by another version of " + name);
    }

    private static void assertRefused(Path file, String message) {
        assertThatThrownBy(() -> ModelFiles.read(file)).isInstanceOf(RedflagException.class).hasMessage(message);
    }

    private static FilteredClassifier filtered(Classifier learner) {
        FilteredClassifier classifier = new FilteredClassifier();
        classifier.setFilter(new StringToWordVector());
        classifier.setClassifier(learner);
        return classifier;
    }

    /** @return the test ads' texts and classes in a data set of another header (its own numeric features 0) */
    private static Instances relabelled(Instances header, Instances ads) {
        Instances data = new Instances(header, ads.numInstances());
        data.setClassIndex(header.numAttributes() - 1);
        for (int i = 0; i < ads.numInstances(); i++) {
            double[] values = new double[header.numAttributes()];
            values[0] = data.attribute(0).addStringValue(ads.instance(i).stringValue(0));
            values[values.length - 1] = ads.instance(i).classValue();
            data.add(new DenseInstance(1.0, values));
        }
        return data;
    }

    private Path sealed(Classifier classifier, List<String> features) throws IOException {
        return sealed(ModelFilesTest.serialize(classifier), features);
    }

    /** @return a model file of these classifier bytes, whose card names these features and has their checksum */
    private Path sealed(byte[] classifier, List<String> features) throws IOException {
        ModelCard c = ModelFilesTest.card;
        ModelCard card = new ModelCard(c.id(), c.classifier(), features, c.textFeatures(), c.highThreshold(),
                c.mediumThreshold(), c.trainingData(), c.labelCounts(), c.metrics(), c.versions(), c.analyzer(),
                c.created(), c.command(), ContentHash.sha256(classifier));
        Path file = dir.resolve("sealed.model");
        ModelFilesTest.writeZip(file, JSON.writeValueAsBytes(card), classifier);
        return file;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new AssertionError("not in the stream");
    }
}
