package org.redflag.features.employer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.features.AdFeatureExtractor;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.features.tokensregex.TokensRegexIndicatorDetector;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

class UnnamedEmployerTest {

    private static final CoreNlpTextAnalyzer ANALYZER = CoreNlpTextAnalyzer.withDefaults();
    private static final TokensRegexIndicatorDetector DETECTOR = TokensRegexIndicatorDetector.withDefaultRules();

    private static Optional<Span> evidence(JobAd ad) {
        AnalyzedAd analyzed = ANALYZER.analyze(ad);
        return UnnamedEmployer.evidence(analyzed, DETECTOR.detect(analyzed));
    }

    private static JobAd.Builder ad(String title, String description) {
        return JobAd.builder().id("t").title(title).description(description);
    }

    @Test
    void anAdThatNamesNoEmployerShowsThePhraseThatStandsInForIt() {
        String description = "Fish processing factory in Kaohsiung needs 40 female workers. Salary USD 600.";
        Span span = evidence(ad("Factory workers for Taiwan", description).build()).orElseThrow();
        assertThat(span.field()).isEqualTo(JobAd.Field.DESCRIPTION);
        assertThat(span.text()).isEqualTo("Fish processing factory in Kaohsiung");
        assertThat(description.substring(span.start(), span.end())).isEqualTo(span.text());
    }

    @Test
    void anAdThatOpensWithNoWorkplaceHasNothingToHighlight() {
        assertThat(evidence(ad("Cleaners for Qatar", "200 cleaners required, male 20-40. Salary QAR 1,000.").build())).isEmpty();
        assertThat(evidence(ad("Cleaners", "200 cleaners required. Salary QAR 1,000. Free visa. The hotel is in Doha.").build()))
                .isEmpty();
    }

    @Test
    void aNamedEmployerOrCompanyProfileIsNoEvidence() {
        String description = "A fish processing factory in Kaohsiung needs 40 workers.";
        assertThat(evidence(ad("Factory workers", description).employer("Kaohsiung Marine Foods Co.").build())).isEmpty();
        assertThat(evidence(ad("Factory workers", description).companyProfile("Family-owned since 1968.").build())).isEmpty();
    }

    @Test
    void anAddressOrALicenceInTheTextIsNoEvidence() {
        assertThat(evidence(ad("Drivers", "Harbourline Logistics Ltd, 14 Dock Road, Karachi, hires drivers.").build())).isEmpty();
        assertThat(evidence(ad("Seamen", "Manning agency licence GMA/MA/0147 from the Maritime Authority.").build())).isEmpty();
    }

    @Test
    void aPrivateHouseholdHiringForItselfIsNoEvidence() {
        assertThat(evidence(ad("Nanny", "We are a family of four in Leeds and need a nanny for our two boys.").build())).isEmpty();
    }

    @Test
    void theFeatureExtractorReportsTheMissingEmployerAsVagueEmployer() {
        AnalyzedAd analyzed = ANALYZER.analyze(ad("Factory workers", "Fish processing factory in Kaohsiung needs 40 workers.").build());
        List<IndicatorMatch> found = new AdFeatureExtractor(DETECTOR).extract(analyzed).indicators();
        assertThat(found).filteredOn(m -> m.indicator() == Indicator.VAGUE_EMPLOYER).singleElement()
                .satisfies(m -> assertThat(m.evidence()).extracting(Span::text).contains("Fish processing factory in Kaohsiung"));
    }
}
