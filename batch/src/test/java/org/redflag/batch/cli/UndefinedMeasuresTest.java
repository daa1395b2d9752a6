package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redflag.batch.cli.RedflagCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.cli.RedflagCommandTest.Run;
import org.redflag.models.BinaryMetrics;
import org.redflag.models.Evaluation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A measure with nothing to rest on is null in the JSON and {@code -} in the text, never a 0 that a script would average in
 * nor the string "NaN" in a field that otherwise holds a number.
 */
class UndefinedMeasuresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String FEE = "{\"id\": \"u-1\", \"description\": \"Pay the visa fee of 300 USD first.\", "
            + "\"label\": \"exploitative\", \"indicators\": [\"RECRUITMENT_FEE\"], "
            + "\"evidence\": [{\"indicator\": \"RECRUITMENT_FEE\", \"text\": \"Pay the visa fee of 300 USD first.\"}]}\n";
    private static final String COOK = "{\"id\": \"u-2\", \"description\": \"Line cook for our hotel kitchen.\", "
            + "\"label\": \"legitimate\", \"indicators\": [], \"evidence\": []}\n";

    @Test
    void aCodeNeitherAnnotatedNorFoundHasNoPrecisionRecallOrF1(@TempDir Path dir) throws IOException {
        Path ads = Files.writeString(dir.resolve("ads.jsonl"), FEE + COOK);
        Run json = run("evaluate", "--corpus", ads.toString(), "--indicators-only", "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode hours = JSON.readTree(json.out()).path("perCode").path("EXCESSIVE_HOURS");
        assertThat(hours.path("support").asInt()).isZero();
        assertThat(hours.path("finds").asInt()).isZero();
        assertThat(hours.path("precision").isNull()).as(hours.toString()).isTrue();
        assertThat(hours.path("recall").isNull()).as(hours.toString()).isTrue();
        assertThat(hours.path("f1").isNull()).as(hours.toString()).isTrue();
        JsonNode fee = JSON.readTree(json.out()).path("perCode").path("RECRUITMENT_FEE");
        assertThat(fee.path("recall").isDouble()).as("an annotated code's recall is a number: " + fee).isTrue();

        Run text = run("evaluate", "--corpus", ads.toString(), "--indicators-only");
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("EXCESSIVE_HOURS +P    -  R    -  F1    -  \\(0 annotated; P on 0 finds");
    }

    @Test
    void aCalibrationBinWithoutAdsHasNoMeanRiskNorRiskyShare() {
        BinaryMetrics m = BinaryMetrics.of(new double[] {0.1, 0.9, 0.8, 0.2}, new boolean[] {false, true, true, false}, 0.5);
        JsonNode bins = JSON.readTree(Output.JSON.writeValueAsString(EvaluateCommand.jsonOf(
                new Evaluation("held-out", "m1", m, null, null)))).path("calibration");
        assertThat(bins.get(4).toString()).isEqualTo("{\"from\":0.4,\"to\":0.5,\"ads\":0,\"meanRisk\":null,\"riskyShare\":null}");
        assertThat(bins.get(8).toString()).isEqualTo("{\"from\":0.8,\"to\":0.9,\"ads\":1,\"meanRisk\":0.8,\"riskyShare\":1.0}");
    }

    @Test
    void aKappaOfAnIndicatorNeitherAnnotatorMarkedIsNullInTheJsonAndADashInTheTable(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("first.jsonl"), FEE + COOK);
        Path second = Files.writeString(dir.resolve("second.jsonl"), FEE + COOK);
        Run json = run("corpus", "agree", first.toString(), second.toString(), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonNode agreement = JSON.readTree(json.out());
        assertThat(agreement.path("indicators").path("URGENCY").path("kappa").isNull()).as(json.out()).isTrue();
        assertThat(agreement.path("indicators").path("RECRUITMENT_FEE").path("kappa").asDouble()).isEqualTo(1.0);

        Run text = run("corpus", "agree", first.toString(), second.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).containsPattern("(?m)^URGENCY +0 +0 +0 +-$").containsPattern("(?m)^RECRUITMENT_FEE +1 +1 +1 +1\\.00$");
    }
}
