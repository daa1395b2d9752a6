package org.redflag.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redflag.features.FeatureVector;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.filters.AllFilter;
import weka.filters.Filter;

/**
 * {@link WekaRiskModel} scores with its own shortcuts (the text filter applied straight from the features,
 * instances read by attribute index in constant time); a risk must be exactly, bit for bit, what Weka's
 * own classifier gives. Checked on the shipped models over the golden feature vectors and hundreds of ads
 * made from them (their words shuffled, cut and mixed, their numbers scaled), so that the forest's and the
 * linear model's every branch sees other values. (In this module, beside the models it checks.)
 */
class ScoringEquivalenceTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static List<FeatureVector> ads;

    /** One stored feature vector of the golden file. */
    record Golden(String id, String text, Map<String, Double> values, double risk) {
    }

    @BeforeAll
    static void ads() throws IOException {
        List<Golden> golden;
        try (InputStream in = ScoringEquivalenceTest.class.getResourceAsStream("/golden/vectors.json")) {
            golden = JSON.readValue(in, new TypeReference<List<Golden>>() { });
        }
        Random random = new Random(42);
        ads = new ArrayList<>();
        for (Golden g : golden) {
            ads.add(new FeatureVector(g.text(), g.values(), List.of()));
        }
        for (int i = 0; i < 400; i++) {
            Golden a = golden.get(random.nextInt(golden.size()));
            Golden b = golden.get(random.nextInt(golden.size()));
            List<String> words = new ArrayList<>(Arrays.asList(a.text().split(" ")));
            List<String> other = Arrays.asList(b.text().split(" "));
            words.addAll(other.subList(0, random.nextInt(other.size())));
            Collections.shuffle(words, random);
            words = words.subList(0, random.nextInt(words.size() + 1));
            Map<String, Double> values = new LinkedHashMap<>();
            a.values().forEach((name, v) -> values.put(name, random.nextInt(4) == 0 ? b.values().getOrDefault(name, 0.0) : v * random.nextInt(3)));
            ads.add(new FeatureVector(String.join(" ", words), values, List.of()));
        }
    }

    @Test
    void theDefaultModelScoresExactlyAsWekaDoes() {
        assertScoresAsWeka(ModelFiles.readDefault());
    }

    @Test
    void theGoldenModelScoresExactlyAsWekaDoes() throws IOException {
        try (InputStream in = ScoringEquivalenceTest.class.getResourceAsStream("/golden/golden.model")) {
            assertScoresAsWeka(ModelFiles.read(in, "golden.model"));
        }
    }

    @Test
    void theTextFilterOfTheDefaultModelIsAppliedStraightFromTheFeaturesAsWekaAppliesIt() throws Exception {
        WekaRiskModel model = ModelFiles.readDefault();
        WekaFeatureSchema schema = new WekaFeatureSchema(model.card().featureNames());
        FilteredClassifier weka = (FilteredClassifier) copyOf(model.classifier());
        WordVectorizer words = WordVectorizer.of((FilteredClassifier) copyOf(model.classifier()), schema).orElseThrow();
        Filter filter = weka.getFilter();
        Instances data = schema.emptyDataset(ads.size());
        for (FeatureVector ad : ads) {
            data.add(schema.instance(ad, null, data));
            filter.input(data.lastInstance());
            filter.batchFinished();
            Instance expected = filter.output();
            Instance actual = words.vectorize(ad).orElseThrow();
            assertThat(actual.numAttributes()).isEqualTo(expected.numAttributes());
            assertThat(actual.weight()).isEqualTo(expected.weight());
            assertThat(actual.dataset().equalHeaders(expected.dataset())).isTrue();
            assertThat(actual.numValues()).as(ad.text()).isEqualTo(expected.numValues());
            for (int i = 0; i < expected.numValues(); i++) {
                assertThat(actual.index(i)).isEqualTo(expected.index(i));
                assertThat(Double.doubleToLongBits(actual.valueSparse(i))).as("%s: attribute %d", ad.text(), actual.index(i))
                        .isEqualTo(Double.doubleToLongBits(expected.valueSparse(i)));
            }
        }
    }

    @Test
    void aFilterOtherThanRedflagsOwnIsLeftToWeka() {
        FilteredClassifier other = (FilteredClassifier) copyOf(ModelFiles.readDefault().classifier());
        other.setFilter(new AllFilter());
        assertThat(WordVectorizer.of(other, new WekaFeatureSchema(ModelFiles.readDefault().card().featureNames()))).isEmpty();
    }

    private static void assertScoresAsWeka(WekaRiskModel model) {
        Classifier weka = copyOf(model.classifier());
        WekaFeatureSchema schema = new WekaFeatureSchema(model.card().featureNames());
        Instances data = schema.emptyDataset(ads.size());
        List<Double> risks = new ArrayList<>();
        for (FeatureVector ad : ads) {
            double risk = model.risk(ad);
            data.add(schema.instance(ad, null, data));
            double expected = clamped(distribution(weka, data)[1]);
            assertThat(Double.doubleToLongBits(risk)).as(ad.text()).isEqualTo(Double.doubleToLongBits(expected));
            risks.add(risk);
        }
        // the made-up ads reach both ends of the scale, so both kinds of branch are exercised
        assertThat(risks).anyMatch(r -> r > 0.7).anyMatch(r -> r < 0.3);
    }

    /** As the model hands a risk over: within [0, 1], 0 for none. */
    private static double clamped(double risk) {
        return Double.isNaN(risk) ? 0.0 : Math.max(0.0, Math.min(1.0, risk));
    }

    private static Classifier copyOf(Classifier classifier) {
        try {
            return AbstractClassifier.makeCopy(classifier);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static double[] distribution(Classifier weka, Instances data) {
        try {
            return weka.distributionForInstance(data.lastInstance());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
