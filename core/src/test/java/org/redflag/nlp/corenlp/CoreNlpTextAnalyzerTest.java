package org.redflag.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

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
    void noSentenceCrossesFromOneFieldIntoTheNext() {
        JobAd ad = JobAd.builder().id("x").title("Cleaner").description("clean rooms daily").build();
        AnalyzedAd a = CoreNlpTextAnalyzer.withDefaults().analyze(ad);
        assertThat(a.sentences()).hasSize(2);
        assertThat(a.tokens().get(a.sentences().get(1).firstToken()).word()).isEqualTo("clean");
    }
}
