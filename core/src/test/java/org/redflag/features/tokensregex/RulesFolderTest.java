package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;

/** A researcher's rules folder replaces the shipped files it names; a folder that would change nothing is refused. */
class RulesFolderTest {

    @Test
    void aFolderWithoutRulesOrNegationFilesIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("notes.txt"), "my edits");
        assertThatThrownBy(() -> TokensRegexIndicatorDetector.withRulesFrom(dir)).isInstanceOf(RedflagException.class)
                .hasMessage("rules folder " + dir + " holds no rules file (CODE.rules, e.g. RECRUITMENT_FEE.rules), "
                        + "negation-cues.txt or negation-boundaries.txt");
    }

    @Test
    void aRulesFileNotNamedAfterACodeIsRefused(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("RECRUITMENT_FEES.rules"), "");
        assertThatThrownBy(() -> TokensRegexIndicatorDetector.withRulesFrom(dir)).isInstanceOf(RedflagException.class)
                .hasMessageStartingWith("rules file " + dir.resolve("RECRUITMENT_FEES.rules") + " is not named after an indicator code");
    }

    @Test
    void aRulesFileThatIsNotUtf8IsToldSo(@TempDir Path dir) throws Exception {
        Files.write(dir.resolve("DEBT_BONDAGE.rules"), "# d\u00e9duction".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> TokensRegexIndicatorDetector.withRulesFrom(dir)).isInstanceOf(RedflagException.class)
                .hasMessage("cannot read rules file " + dir.resolve("DEBT_BONDAGE.rules") + ": it is not UTF-8 text");
    }

    @Test
    void aFileInPlaceOfTheFolderIsToldSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rules.txt"), "");
        assertThatThrownBy(() -> TokensRegexIndicatorDetector.withRulesFrom(file)).isInstanceOf(RedflagException.class)
                .hasMessage("rules folder " + file + " is a file, not a folder");
    }

    @Test
    void aFolderWithTheNegationCuesAloneKeepsTheShippedRules(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("negation-cues.txt"), "never\nno\n");
        var ad = ShippedRules.ANALYZER.analyze(org.redflag.ad.JobAd.builder().id("t").title("Helper")
                .description("Candidates pay a one-time processing fee of 300 USD before departure.").build());
        assertThat(TokensRegexIndicatorDetector.withRulesFrom(dir).detect(ad)).extracting(m -> m.indicator())
                .contains(org.redflag.features.Indicator.RECRUITMENT_FEE);
    }
}
