package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redflag.classify.weka.ModelFiles;
import org.redflag.classify.weka.WekaRiskModel;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.FeatureVector;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A committed model keeps loading and keeps giving the same scores: a change to Weka, to the
 * model format or to the scoring path that alters a researcher's saved model shows up here. The
 * feature vectors are stored, so the test does not depend on CoreNLP.
 */
class GoldenModelTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One stored feature vector and the risk the golden model gave it when it was written. */
    record Golden(String id, String text, Map<String, Double> values, double risk) {
    }

    @Test
    void theGoldenModelLoadsAndScoresAsItDidWhenItWasSaved() throws IOException {
        WekaRiskModel model;
        try (InputStream in = GoldenModelTest.class.getResourceAsStream("/golden/golden.model")) {
            model = ModelFiles.read(in, "golden.model");
        }
        List<Golden> golden;
        try (InputStream in = GoldenModelTest.class.getResourceAsStream("/golden/vectors.json")) {
            golden = JSON.readValue(in, new TypeReference<List<Golden>>() { });
        }
        assertThat(golden).hasSizeGreaterThanOrEqualTo(10);
        assertThat(golden).extracting(Golden::risk).anyMatch(r -> r > 0.8).anyMatch(r -> r < 0.2);
        for (Golden g : golden) {
            assertThat(model.risk(new FeatureVector(g.text(), g.values(), List.of()))).as(g.id()).isCloseTo(g.risk(), within(1e-9));
        }
    }

    /**
     * Writes the golden files from the default model and the first ads of the bundled corpus. Run it
     * only when the model format changes on purpose, and say why in the commit.
     *
     * @param args the directory to write into (models/src/test/resources/golden)
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Files.copy(Path.of("models/src/main/resources/org/redflag/models/default.model"), dir.resolve("golden.model"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        WekaRiskModel model = ModelFiles.read(dir.resolve("golden.model"));
        List<LabelledAd> ads = CorpusReaders.readBundled();
        List<LabelledAd> chosen = new ArrayList<>();
        for (int i = 0; i < ads.size() && chosen.size() < 12; i += 53) {
            chosen.add(ads.get(i));
        }
        List<Golden> golden = new ArrayList<>();
        for (FeaturizedAd f : Featurizer.withDefaults().featurize(chosen, n -> { })) {
            golden.add(new Golden(f.ad().ad().id(), f.features().text(), f.features().values(), model.risk(f.features())));
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(dir.resolve("vectors.json").toFile(), golden);
    }
}
