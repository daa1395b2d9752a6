package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.redflag.corpus.CorpusReaders;

/**
 * The default learner on real ads: grouped 5-fold cross-validation on the shared EMSCAD subset
 * (near-copies kept in one fold). The bar is F1 0.90 and PR-AUC 0.98, which the default
 * learner reaches (F1 0.932, PR-AUC 0.980 on 2026-12-06); the floors below sit just under what it
 * measured, so that a change cannot make it worse unnoticed. Runs with {@code -Peval}; the data never enters the project.
 */
@EnabledIfSystemProperty(named = "redflag.eval", matches = "true")
class EmscadCrossValidationEval {

    /** SHA-256 of {@code ../shared/data/emscad/emscad-dev.csv}, the file these numbers hold for. */
    static final String EMSCAD_DEV_SHA256 = "cdcaa7b1de33216514bebca3bc44321a59cb30485712808b629f9bb061343c3a";

    static Path emscadDev() throws IOException, NoSuchAlgorithmException {
        Path file = Path.of(System.getProperty("redflag.shared.dir", "../../shared"), "data/emscad/emscad-dev.csv");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        assertThat(HexFormat.of().formatHex(sha.digest())).as("checksum of " + file + ": the data has changed")
                .isEqualTo(EMSCAD_DEV_SHA256);
        return file;
    }

    @Test
    void theDefaultLearnerHoldsItsMeasuredQualityInGroupedCrossValidation() throws Exception {
        Featurizer featurizer = Featurizer.withDefaults();
        List<FeaturizedAd> ads = featurizer.featurize(CorpusReaders.readAll(emscadDev(), false), n -> { });
        Evaluation e = new ModelEvaluator(s -> { }).crossValidate(ads, featurizer.features().featureNames(),
                RiskModelTrainer.Settings.defaults(), 5);
        // PR-AUC to six decimals: the learner is within 0.0001 of the bar of 0.98
        System.out.printf("EMSCAD grouped 5-fold CV: F1 %.4f, PR-AUC %.6f, ROC-AUC %.4f%n", e.classifier().f1(),
                e.classifier().prAuc(), e.classifier().rocAuc());
        assertThat(e.classifier().f1()).as("F1").isGreaterThanOrEqualTo(F1_FLOOR);
        assertThat(e.classifier().prAuc()).as("PR-AUC").isGreaterThanOrEqualTo(PR_AUC_FLOOR);
    }

    /**
     * A floor just under what the default learner (bagged L2 and L1 LibLINEAR logistic regressions and a RandomForest,
     * averaged) measured: 0.9307 with the sentence model's veto of seven risk indicators (0.9361 before it), 0.9375 with the
     * sentence model's own finds held to precision 0.70, 0.9373 with feature version 11
     * (the ninth round of rules), 0.9323 with version 10 (the eighth round,
     * the lowest since version 7); with version 9 0.9345 on the morning
     * of 2026-12-06 and 0.9359 with the seventh round of VULNERABILITY_TARGETING rules (0.9353 with version 8, 0.9355 with
     * version 7); the bar of 0.90 holds.
     */
    private static final double F1_FLOOR = 0.930;
    /**
     * The bar itself, which the learner reaches: 0.980007 with the sentence model's veto of seven risk indicators (0.980066
     * before it; 0.979994 with vetoes of three protective signals too, rules README), 0.980325 with the sentence model's own
     * finds held to precision 0.70,
     * 0.980496 with the ninth round of rules (feature version 11), 0.980047 with
     * the eighth (feature version 10; the variants
     * measured on the way, in models/README.md, gave 0.979600 to 0.979905), 0.980116 with the seventh round of
     * VULNERABILITY_TARGETING rules and the indicator-sentence model trained on batches 1 to 32 (0.980927 on the morning of
     * 2026-12-06 with batches 1 to 28;
     * 0.979820 with the background check on every indicator, 0.980609 with version 8 the night before, 0.980268 with
     * version 7, 0.9806 before the structural VAGUE_EMPLOYER), by 0.0003, less than the spread
     * between fold assignments (models/README.md). The run is deterministic (fixed seeds: two
     * runs of the same code printed the same value), so a change that costs any PR-AUC fails here.
     */
    private static final double PR_AUC_FLOOR = 0.980;
}
