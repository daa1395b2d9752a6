package org.redflag.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.Token;

class CoreNlpTextAnalyzerTest {

    @Test
    void tokensCarryLemmasAndOffsetsThatMapBackToTheirField() {
        JobAd ad = JobAd.builder().id("x").title("Drivers needed").employer("Acme Haulage")
                .description("Passports were kept by managers. Wages are paid monthly").build();
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(ad);
        Token kept = a.tokens().stream().filter(t -> t.word().equals("kept")).findFirst().orElseThrow();
        assertThat(kept.lemma()).isEqualTo("keep");
        assertThat(kept.tag()).isEqualTo("VBN");
        Span span = a.span(kept.begin(), kept.end());
        assertThat(span.field()).isEqualTo(JobAd.Field.DESCRIPTION);
        assertThat(ad.description().substring(span.start(), span.end())).isEqualTo("kept");
    }

    @Test
    void theSentenceAroundASpanOfAFieldIsFoundInThatField() {
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(JobAd.builder().id("t").title("Visa and ticket by the agency")
                .description("Welcome aboard. The agency advances the visa money; it is repaid from the first salaries. Apply now.")
                .build());
        String description = a.ad().description();
        int start = description.indexOf("repaid");
        Span repaid = new Span(JobAd.Field.DESCRIPTION, start, start + "repaid".length(), "repaid");
        assertThat(a.sentenceAround(repaid))
                .isEqualTo("The agency advances the visa money; it is repaid from the first salaries.");
    }

    @Test
    void noSentenceCrossesFromOneFieldIntoTheNext() {
        JobAd ad = JobAd.builder().id("x").title("Cleaner").description("clean rooms daily").build();
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(ad);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.tokens().get(a.sentences().get(1).firstToken()).word()).isEqualTo("clean");
    }

    @Test
    void eachLineOfABulletListIsASentenceOfItsOwn() {
        String description = "What we offer:\n- Free accommodation\n- Company keeps passports for safety\nSalary AED 1,200";
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(JobAd.builder().id("x").title("Cleaner")
                .description(description).build());
        assertThat(sentenceTexts(a)).contains("What we offer:", "- Free accommodation",
                "- Company keeps passports for safety", "Salary AED 1,200");
    }

    @Test
    void aLicenceCodeAfterNoStaysInTheSentenceOfItsLicence() {
        String description = "Agency licence No. ABC-12 issued by the ministry. Reg. No. DMW-409-LB-020524-R is valid.";
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(JobAd.builder().id("x").title("Cleaner")
                .description(description).build());
        assertThat(sentenceTexts(a)).contains("Agency licence No. ABC-12 issued by the ministry.",
                "Reg. No. DMW-409-LB-020524-R is valid.");
        assertThat(a.tokens()).extracting(Token::word).contains("No.", "Reg.").doesNotContain("No");
    }

    @Test
    void aLicenceCodeInMixedCaseOrSplitAtSlashesStaysInTheSentenceOfItsLicence() {
        String description = "Ministry licence No. MoLS/OEA/0458 held since 2019. Permit No. E/0412/2024 is valid.";
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(JobAd.builder().id("x").title("Cleaner")
                .description(description).build());
        assertThat(sentenceTexts(a)).contains("Ministry licence No. MoLS/OEA/0458 held since 2019.",
                "Permit No. E/0412/2024 is valid.");
    }

    @Test
    void aSentenceThatEndsWithNoBeforeAnOrdinaryWordStaysEnded() {
        String description = "Do you pay a fee? No. Visa and ticket are free.";
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(JobAd.builder().id("x").title("Cleaner")
                .description(description).build());
        assertThat(sentenceTexts(a)).contains("Visa and ticket are free.");
    }

    @Test
    void aSentenceThatEndsWithNoStaysEnded() {
        String description = "Experience needed? No. Apply today.";
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(JobAd.builder().id("x").title("Cleaner")
                .description(description).build());
        assertThat(sentenceTexts(a)).contains("Apply today.");
    }

    private static List<String> sentenceTexts(AnalyzedAd a) {
        return a.sentences().stream()
                .map(s -> a.text().substring(a.tokens().get(s.firstToken()).begin(), a.tokens().get(s.endToken() - 1).end()))
                .toList();
    }
}
