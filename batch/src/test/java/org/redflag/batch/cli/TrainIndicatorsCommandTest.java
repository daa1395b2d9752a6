package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redflag.batch.cli.RedflagCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.batch.cli.RedflagCommandTest.Run;
import org.redflag.features.sentences.IndicatorSentenceModel;
import tools.jackson.databind.json.JsonMapper;

class TrainIndicatorsCommandTest {

    private static final List<String> KEPT = List.of("Your passport stays with the boss.", "We hold all passports in the office.",
            "The supervisor keeps the passports for the season.", "Passports are handed to the manager on arrival.");

    /** Forty annotated ads: every other one says, in a way the shipped rules may or may not know, that passports are kept. */
    private static Path corpus(Path dir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String kept = KEPT.get(i % KEPT.size());
            boolean retention = i % 2 == 0;
            String description = "Farm work near the coast.\n" + (retention ? kept : "You keep your own documents.") + "\nPay weekly.";
            var ad = new java.util.LinkedHashMap<String, Object>();
            ad.put("id", "t-" + i);
            ad.put("title", "Farm helper");
            ad.put("description", description);
            ad.put("label", retention ? "exploitative" : "legitimate");
            ad.put("indicators", retention ? List.of("DOCUMENT_RETENTION") : List.of());
            ad.put("evidence", retention ? List.of(java.util.Map.of("indicator", "DOCUMENT_RETENTION", "text", kept)) : List.of());
            lines.add(json.writeValueAsString(ad));
        }
        return Files.write(dir.resolve("ads.jsonl"), lines);
    }

    @Test
    void trainsAModelThatAssessAndEvaluateThenUse(@TempDir Path dir) throws Exception {
        Path ads = corpus(dir);
        Path model = dir.resolve("s.model");
        Run r = run("train-indicators", "--corpus", ads.toString(), "--out", model.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote " + model + ": a sentence model for ");
        assertThat(IndicatorSentenceModel.read(model).provenance()).startsWith("trained on 40 annotated ads of ads.jsonl; ");

        Run evaluate = run("evaluate", "--corpus", ads.toString(), "--indicators-only", "--sentence-model", model.toString());
        assertThat(evaluate.code()).as(evaluate.err()).isZero();
        assertThat(evaluate.out()).contains("indicators on 40 annotated ads")
                .containsPattern("DOCUMENT_RETENTION +P \\d\\.\\d\\d  R \\d\\.\\d\\d  F1 \\d\\.\\d\\d  \\(20 annotated; "
                        + "P on \\d+ finds, 95 % interval \\d\\.\\d\\d-\\d\\.\\d\\d\\)")
                .containsPattern("found by rules +\\d+ finds")
                .containsPattern("found by model +\\d+ finds");

        Run json = run("evaluate", "--corpus", ads.toString(), "--indicators-only", "--sentence-model", model.toString(), "--json");
        assertThat(json.code()).as(json.err()).isZero();
        var retention = JsonMapper.builder().build().readTree(json.out()).path("perCode").path("DOCUMENT_RETENTION");
        assertThat(retention.path("support").asInt()).isEqualTo(20);
        assertThat(retention.path("finds").isInt()).isTrue();
        assertThat(retention.path("precisionInterval").path("low").asDouble())
                .isLessThanOrEqualTo(retention.path("precision").asDouble());
        assertThat(retention.path("precisionInterval").path("high").asDouble())
                .isGreaterThanOrEqualTo(retention.path("precision").asDouble()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void adsWithoutIndicatorAnnotationsAreRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path ads = Files.writeString(dir.resolve("plain.jsonl"),
                "{\"id\": \"p1\", \"description\": \"Cleaners wanted.\", \"label\": \"legitimate\"}\n");
        Run r = run("train-indicators", "--corpus", ads.toString(), "--out", dir.resolve("s.model").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).endsWith("is annotated with indicators and evidence\n").doesNotContain("\tat ");
        assertThat(dir.resolve("s.model")).doesNotExist();
    }

    @Test
    void aBackgroundWithoutLegitimateAdsIsRefusedInOneLine(@TempDir Path dir) throws IOException {
        Path ads = corpus(dir);
        Path scams = Files.writeString(dir.resolve("scams.jsonl"),
                "{\"id\": \"s1\", \"description\": \"Pay 50 USD to unlock tasks.\", \"label\": \"fraudulent\"}\n");
        Run r = run("train-indicators", "--corpus", ads.toString(), "--background", scams.toString(), "--out",
                dir.resolve("s.model").toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).endsWith("redflag train-indicators: no ad in [" + scams + "] is labelled legitimate\n")
                .doesNotContain("analysing").doesNotContain("\tat ");
        assertThat(dir.resolve("s.model")).doesNotExist();
    }

    /** Trains on the forty ads and on focused ads written for DOCUMENT_RETENTION, in a file of these lines. */
    private static Run trainWithFocused(Path dir, String file, String lines) throws IOException {
        Path focused = Files.writeString(dir.resolve(file), lines);
        return run("train-indicators", "--corpus", corpus(dir).toString(), "--focus", "DOCUMENT_RETENTION", "--focused",
                focused.toString(), "--out", dir.resolve("s.model").toString());
    }

    @Test
    void focusedAdsAreTrainedOnAndRecordedInTheModel(@TempDir Path dir) throws Exception {
        Run r = trainWithFocused(dir, "near-misses.jsonl",
                "{\"id\": \"n1\", \"description\": \"Guests hand their passports to the front desk at check-in.\", "
                        + "\"label\": \"legitimate\", \"indicators\": []}\n"
                        + "{\"id\": \"n2\", \"description\": \"Bring your passport to the interview and take it home again.\", "
                        + "\"label\": \"legitimate\", \"indicators\": []}\n");
        Path model = dir.resolve("s.model");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("training on all 40 ads and 2 focused ads");
        assertThat(IndicatorSentenceModel.read(model).provenance())
                .startsWith("trained on 40 annotated ads of ads.jsonl; 2 ads focused on DOCUMENT_RETENTION of near-misses.jsonl; ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"--focused without --focus, --focused", "--focus without --focused, --focus"})
    void focusedAdsAndTheirIndicatorGoTogether(String name, String given, @TempDir Path dir) throws IOException {
        Path ads = corpus(dir);
        Path focused = Files.writeString(dir.resolve("near-misses.jsonl"),
                "{\"id\": \"n1\", \"description\": \"Guests hand their passports to the front desk.\", \"label\": \"legitimate\"}\n");
        Run r = run("train-indicators", "--corpus", ads.toString(), given,
                given.equals("--focus") ? "DOCUMENT_RETENTION" : focused.toString(), "--out", dir.resolve("s.model").toString());
        assertThat(r.code()).as("bad usage").isEqualTo(2);
        assertThat(r.err()).startsWith("redflag train-indicators: " + given + " is used with ").doesNotContain("\tat ");
        assertThat(dir.resolve("s.model")).doesNotExist();
    }

    @Test
    void aFocusedAdThatMarksItsIndicatorWithoutEvidenceIsRefusedInOneLineBeforeAnyAnalysis(@TempDir Path dir) throws IOException {
        Run r = trainWithFocused(dir, "paraphrases.jsonl",
                "{\"id\": \"p1\", \"description\": \"The boss looks after your passport for you.\", \"label\": \"exploitative\", "
                        + "\"indicators\": [\"DOCUMENT_RETENTION\"]}\n");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("paraphrases.jsonl")
                .endsWith(": marks DOCUMENT_RETENTION, but none of its evidence of it is in the description\n")
                .doesNotContain("analysing").doesNotContain("\tat ");
        assertThat(dir.resolve("s.model")).doesNotExist();
    }
}
