package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

class TokensRegexIndicatorDetectorTest {

    private static final CoreNlpTextAnalyzer ANALYZER = CoreNlpTextAnalyzer.withDefaults();
    private static final TokensRegexIndicatorDetector DETECTOR = TokensRegexIndicatorDetector.withDefaultRules();

    private static List<IndicatorMatch> detect(String description) {
        AnalyzedAd ad = ANALYZER.analyze(JobAd.builder().id("t").title("Helper").description(description).build());
        return DETECTOR.detect(ad);
    }

    private static boolean has(List<IndicatorMatch> matches, Indicator indicator) {
        return matches.stream().anyMatch(m -> m.indicator() == indicator);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        RECRUITMENT_FEE          | Candidates pay a one-time processing fee of 300 USD before departure.
        RECRUITMENT_FEE          | A refundable security deposit is collected at registration.
        DOCUMENT_RETENTION       | Passports are kept safe by the company during the contract.
        DOCUMENT_RETENTION       | Travel documents will be held by management for the whole assignment.
        DEBT_BONDAGE             | The cost of your flight will be settled from your wages.
        DEBT_BONDAGE             | Air ticket advanced, repaid from the first salaries.
        WAGE_WITHHOLDING         | Salary is paid at the end of the six-month season.
        EXCESSIVE_HOURS          | We work 12-hour shifts, 7 days a week.
        RESTRICTED_MOVEMENT      | Workers stay on a remote farm with company transport only.
        UNREALISTIC_PAY          | Guaranteed income of 4,000 EUR a month.
        NO_REQUIREMENTS          | No experience and no English required.
        OVERSEAS_PLACEMENT       | Free visa and flight to the Gulf.
        VAGUE_EMPLOYER           | A large international company seeks workers.
        OFF_PLATFORM_CONTACT     | Message us on WhatsApp only, no calls.
        URGENCY                  | Leave within 7 days, only 5 places left.
        DEMOGRAPHIC_TARGETING    | Girls 18 to 25, single, good looking.
        PERSONAL_DATA_UPFRONT    | Send your passport copy and bank details to reserve your place.
        CONTRACT_ISSUES          | The contract will be signed on arrival.
        VULNERABILITY_TARGETING  | No papers needed, we solve your problems.
        NO_FEE_PLEDGE            | We never charge candidates any fee.
        LICENSED_RECRUITER       | Licence no. 2417/RWP issued by the Bureau of Emigration.
        CONTRACT_BEFORE_DEPARTURE| You receive and sign your contract in Urdu before you travel.
        IDENTIFIED_EMPLOYER      | Harbourline Logistics Ltd, 14 Dock Road, Karachi.
        """)
    void findsTheIndicatorOfItsExamplePhrase(Indicator indicator, String sentence) {
        assertThat(detect(sentence)).extracting(IndicatorMatch::indicator).contains(indicator);
    }

    @Test
    void aNoFeePledgeIsNotAFee() {
        List<IndicatorMatch> m = detect("We never charge a fee to workers. You do not pay any fees to anyone.");
        assertThat(has(m, Indicator.NO_FEE_PLEDGE)).isTrue();
        assertThat(has(m, Indicator.RECRUITMENT_FEE)).isFalse();
    }

    @Test
    void keepingYourOwnPassportIsNotRetention() {
        assertThat(has(detect("You keep your own passport at all times."), Indicator.DOCUMENT_RETENTION)).isFalse();
    }

    @Test
    void evidenceIsTheExactTextOfItsField() {
        String description = "Good pay. Passports are kept safe by the company. Apply now.";
        List<IndicatorMatch> m = detect(description);
        Span span = m.stream().filter(x -> x.indicator() == Indicator.DOCUMENT_RETENTION).findFirst()
                .orElseThrow().evidence().get(0);
        assertThat(span.field()).isEqualTo(JobAd.Field.DESCRIPTION);
        assertThat(description.substring(span.start(), span.end())).isEqualTo(span.text());
        assertThat(span.text()).startsWith("Passports are kept");
    }
}
