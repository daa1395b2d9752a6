package org.redflag.features.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

class PassagesTest {

    static final CoreNlpTextAnalyzer ANALYZER = CoreNlpTextAnalyzer.withDefaults();

    @Test
    void sentencesAreCutAgainAtLineBreaksAndKeepTheirFieldsOffsets() {
        JobAd ad = JobAd.builder().id("p").title("Welders").description(
                "Free visa and ticket. Salary SAR 1,400\n✅ Passport kept by company\n✅ Apply on WhatsApp").build();
        AnalyzedAd analysed = ANALYZER.analyze(ad);
        List<Span> passages = Passages.of(analysed);
        assertThat(passages).extracting(Span::text).containsExactly("Welders", "Free visa and ticket.", "Salary SAR 1,400",
                "✅ Passport kept by company", "✅ Apply on WhatsApp");
        assertThat(passages.get(0).field()).isEqualTo(JobAd.Field.TITLE);
        for (Span p : passages.subList(1, passages.size())) {
            assertThat(p.field()).isEqualTo(JobAd.Field.DESCRIPTION);
            assertThat(ad.description().substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    @Test
    void aQuestionStaysWithWhatFollowsItOnItsLine() {
        JobAd ad = JobAd.builder().id("q").title("Cooks").description(
                "No English? No degree? No problem. We train you.\nNeed a visa?\nWe file it.").build();
        assertThat(Passages.of(ANALYZER.analyze(ad))).extracting(Span::text)
                .containsExactly("Cooks", "No English? No degree? No problem.", "We train you.", "Need a visa?", "We file it.");
    }
}
