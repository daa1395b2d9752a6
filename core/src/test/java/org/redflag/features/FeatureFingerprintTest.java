package org.redflag.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;
import org.redflag.features.sentences.IndicatorSentenceModel;
import org.redflag.features.tokensregex.TokensRegexIndicatorDetector;

class FeatureFingerprintTest {

    @Test
    void aRulesFolderWithoutFilesOrWithCopiesOfTheShippedOnesHasTheShippedFingerprint(@TempDir Path dir) throws Exception {
        assertThat(FeatureFingerprint.ofRules(dir)).isEqualTo(FeatureFingerprint.ofDefaultRules());
        Files.write(dir.resolve("RECRUITMENT_FEE.rules"), shipped("RECRUITMENT_FEE.rules"));
        assertThat(FeatureFingerprint.ofRules(dir)).isEqualTo(FeatureFingerprint.ofDefaultRules());
    }

    @Test
    void anEditedRuleFileOrNegationCueListChangesTheFingerprint(@TempDir Path rules, @TempDir Path cues) throws Exception {
        String fee = new String(shipped("RECRUITMENT_FEE.rules"), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("RECRUITMENT_FEE.rules"), fee + "\n{ ruleType: \"tokens\", pattern: ( [{lemma:\"deposit\"}] ) }\n");
        Files.writeString(cues.resolve("negation-cues.txt"), "never\nno\n");

        assertThat(FeatureFingerprint.ofRules(rules)).isNotEqualTo(FeatureFingerprint.ofDefaultRules())
                .isNotEqualTo(FeatureFingerprint.ofRules(cues));
        assertThat(FeatureFingerprint.ofRules(cues)).isNotEqualTo(FeatureFingerprint.ofDefaultRules());
        FeatureSnapshot stored = new FeatureSnapshot(new FeatureVector("", java.util.Map.of(), java.util.List.of()),
                FeatureFingerprint.ofDefaultRules());
        assertThat(stored.reusableUnder(FeatureFingerprint.ofDefaultRules())).isTrue();
        assertThat(stored.reusableUnder(FeatureFingerprint.ofRules(rules))).as("rules changed: compute again").isFalse();
        assertThat(stored.reusableUnder(null)).as("unknown rules: compute again").isFalse();
    }

    @Test
    void anotherSentenceModelChangesTheFingerprintAndACopyOfTheShippedOneDoesNot(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("copy.model");
        try (InputStream in = FeatureFingerprint.class.getClassLoader().getResourceAsStream(IndicatorSentenceModel.SHIPPED)) {
            Files.write(copy, in.readAllBytes());
        }
        assertThat(FeatureFingerprint.of(null, copy)).isEqualTo(FeatureFingerprint.ofDefaultRules());
        Path other = Files.write(dir.resolve("other.model"), java.util.Arrays.copyOf(Files.readAllBytes(copy), 100));
        assertThat(FeatureFingerprint.of(null, other)).isNotEqualTo(FeatureFingerprint.ofDefaultRules());
    }

    @Test
    void aMissingRulesFolderIsAClearError(@TempDir Path dir) {
        assertThatThrownBy(() -> FeatureFingerprint.ofRules(dir.resolve("nope")))
                .isInstanceOf(RedflagException.class).hasMessageContaining("does not exist");
    }

    private static byte[] shipped(String file) throws Exception {
        try (InputStream in = FeatureFingerprint.class.getClassLoader()
                .getResourceAsStream(TokensRegexIndicatorDetector.RULES_ON_CLASSPATH + file)) {
            return in.readAllBytes();
        }
    }
}
