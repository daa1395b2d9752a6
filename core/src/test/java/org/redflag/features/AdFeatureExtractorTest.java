package org.redflag.features;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.features.tokensregex.TokensRegexIndicatorDetector;
import org.redflag.nlp.Span;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

class AdFeatureExtractorTest {

    private static final CoreNlpTextAnalyzer ANALYZER = CoreNlpTextAnalyzer.withDefaults();
    private static final AdFeatureExtractor EXTRACTOR = new AdFeatureExtractor(TokensRegexIndicatorDetector.withDefaultRules());

    private static List<IndicatorMatch> indicators(String description) {
        return EXTRACTOR.extract(ANALYZER.analyze(JobAd.builder().id("t").title("Warehouse helpers")
                .description(description).build())).indicators();
    }

    private static List<String> evidence(List<IndicatorMatch> matches, Indicator indicator) {
        return matches.stream().filter(m -> m.indicator() == indicator).flatMap(m -> m.evidence().stream()).map(Span::text)
                .toList();
    }

    private static List<String> unrealisticPay(List<IndicatorMatch> matches) {
        return evidence(matches, Indicator.UNREALISTIC_PAY);
    }

    @Test
    void highPayForWorkThatAsksNothingWithNothingToCheckIsUnrealistic() {
        List<IndicatorMatch> m = indicators("Salary USD 3,000 per month. No experience needed.");
        assertThat(unrealisticPay(m)).containsExactly("USD 3,000 per month");
    }

    @Test
    void theSamePayFromARecruiterWithALicenceIsNotUnrealistic() {
        List<IndicatorMatch> m = indicators("Salary USD 3,000 per month. No experience needed. "
                + "Licence no. 2417/RWP issued by the Bureau of Emigration.");
        assertThat(m).extracting(IndicatorMatch::indicator).contains(Indicator.LICENSED_RECRUITER);
        assertThat(unrealisticPay(m)).isEmpty();
    }

    @Test
    void payFarAboveTheNormIsUnrealisticEvenFromALicensedRecruiter() {
        List<IndicatorMatch> m = indicators("Salary USD 5,000 per month. No experience needed. "
                + "Licence no. 2417/RWP issued by the Bureau of Emigration.");
        assertThat(unrealisticPay(m)).containsExactly("USD 5,000 per month");
    }

    @Test
    void anAmountTheWorkerIsChargedIsNoPay() {
        List<IndicatorMatch> m = indicators("Salary USD 1,000 per month. No experience needed. Phí xuất cảnh 4.000 USD trừ dần vào lương. "
                + "Workers who resign early must compensate the company USD 4,000.");
        assertThat(unrealisticPay(m)).isEmpty();
    }

    @Test
    void aChargeARuleReadsAsAFigureIsNoPay() {
        assertThat(unrealisticPay(indicators("No experience needed. Should you leave early, training, relocation and licence "
                + "costs (up to GBP 9,500) become repayable."))).isEmpty();
    }

    @Test
    void aWeeklyFigureWithFreeMealsIsNoMonthsPay() {
        assertThat(unrealisticPay(indicators("AUD 1,150 per week + all meals and accommodation. No experience needed.")))
                .as("about 3,300 USD a month, under the bar of pay by the week").isEmpty();
        assertThat(unrealisticPay(indicators("USD 2,300 per fortnight + free accommodation. No experience needed."))).isEmpty();
        assertThat(unrealisticPay(indicators("USD 1,400 per month, accommodation and meals provided. No experience needed.")))
                .containsExactly("USD 1,400 per month, accommodation and meals provided");
    }

    @Test
    void aMonthlyRangeSoldWithEarnIsNoDailyIncome() {
        assertThat(unrealisticPay(indicators("Most transcribers earn USD 250-450 a month part-time. No experience needed.")))
                .isEmpty();
        assertThat(unrealisticPay(indicators("Earn $500 - $1,000 per hired referral. No experience needed."))).isEmpty();
    }

    @Test
    void returnsGuaranteedAndPayForAFewHoursADayAreUnrealistic() {
        assertThat(unrealisticPay(indicators("We guarantee returns of 30% every month on your deposit."))).isNotEmpty();
        assertThat(unrealisticPay(indicators("To guarantee return for the full season, 10% of pay is retained."))).isEmpty();
        assertThat(unrealisticPay(indicators("Work 2 hours a day from your phone, weekly pay of 25,000."))).isNotEmpty();
        assertThat(unrealisticPay(indicators("Overtime max 2 hours a day, paid 150%."))).isEmpty();
    }

    @Test
    void anOvertimeRateIsNotThePay() {
        assertThat(unrealisticPay(indicators("USD 17.50/hr, overtime USD 26.25 after 8 hours a day. No experience needed.")))
                .isEmpty();
    }

    @Test
    void dollarsAreTheMoneyOfThePlaceOfWork() {
        JobAd ad = JobAd.builder().id("t").title("Mussel openers").location("Havelock, Marlborough, New Zealand")
                .description("$25.50 an hour. No experience needed.").build();
        assertThat(unrealisticPay(EXTRACTOR.extract(ANALYZER.analyze(ad)).indicators()))
                .as("about 2,650 USD a month in New Zealand dollars, 4,400 in US dollars").isEmpty();
        assertThat(unrealisticPay(indicators("$25.50 an hour. No experience needed."))).containsExactly("$25.50 an hour");
    }

    @Test
    void anHourlyWageOfARichCountryIsJudgedAgainstTheHigherBar() {
        assertThat(unrealisticPay(indicators("EUR 14.06 gross per hour. No experience needed.")))
                .as("about 2,600 USD a month: the pay of a minimum-wage job in the Netherlands").isEmpty();
        assertThat(unrealisticPay(indicators("USD 30 per hour. No experience needed."))).containsExactly("USD 30 per hour");
    }

    @Test
    void eachPayIsJudgedAgainstItsOwnBar() {
        assertThat(unrealisticPay(indicators("Salary USD 3,000 per month, weekend shifts USD 20 per hour. No experience needed.")))
                .as("the monthly pay is over the lower bar; the hourly rate, higher once made monthly, is under its own")
                .containsExactly("USD 3,000 per month");
    }

    @Test
    void highPayForWorkThatAsksForExperienceIsNotUnrealistic() {
        assertThat(unrealisticPay(indicators("Salary USD 3,000 per month. Five years of forklift experience required.")))
                .isEmpty();
    }

    @Test
    void aGenericEmployerWithNothingToCheckIsVague() {
        assertThat(indicators("A leading construction company in Riyadh needs 40 masons."))
                .extracting(IndicatorMatch::indicator).contains(Indicator.VAGUE_EMPLOYER);
    }

    @Test
    void anAdThatNamesOnlyAnAgencyIsVagueEvenWithTheAgencysAddress() {
        List<IndicatorMatch> m = EXTRACTOR.extract(ANALYZER.analyze(JobAd.builder().id("t").title("Masons")
                .employer("Coromandel Overseas Manpower Services")
                .description("Masons for a Kuwaiti contractor. Office: 14 Dock Road, Karachi.").build())).indicators();
        assertThat(m).filteredOn(x -> x.indicator() == Indicator.VAGUE_EMPLOYER).singleElement()
                .satisfies(x -> assertThat(x.evidence()).extracting(Span::text).contains("Coromandel Overseas Manpower Services"));
        assertThat(m).extracting(IndicatorMatch::indicator).doesNotContain(Indicator.IDENTIFIED_EMPLOYER);
    }

    @Test
    void aNamedEmployerIsNotVague() {
        List<IndicatorMatch> m = EXTRACTOR.extract(ANALYZER.analyze(JobAd.builder().id("t").title("Forklift drivers")
                .employer("Harbourline Logistics Ltd").description("Forklift drivers wanted. 14 Dock Road, Karachi.").build()))
                .indicators();
        assertThat(m).extracting(IndicatorMatch::indicator).doesNotContain(Indicator.VAGUE_EMPLOYER)
                .contains(Indicator.IDENTIFIED_EMPLOYER);
    }

    @Test
    void aMovesCostRepaidFromWagesIsAPlacementTheRecruiterArranged() {
        List<IndicatorMatch> m = indicators("Air ticket advanced, repaid from the first salaries.");
        assertThat(evidence(m, Indicator.OVERSEAS_PLACEMENT)).as("the debt's evidence is the placement's")
                .isNotEmpty().isEqualTo(evidence(m, Indicator.DEBT_BONDAGE));
    }

    @Test
    void aPlacementImpliedByWhatTheSentenceModelAloneFoundIsTheModels() {
        String description = "Air ticket advanced, repaid from the first salaries. Free visa.";
        Span debt = new Span(JobAd.Field.DESCRIPTION, 0, 51, "Air ticket advanced, repaid from the first salaries");
        Span visa = new Span(JobAd.Field.DESCRIPTION, 53, 62, "Free visa");
        JobAd ad = JobAd.builder().id("t").title("Warehouse helpers").description(description).build();
        IndicatorDetector modelDebt = a -> List.of(new IndicatorMatch(Indicator.DEBT_BONDAGE, List.of(debt), IndicatorMatch.Source.MODEL));
        assertThat(new AdFeatureExtractor(modelDebt).extract(ANALYZER.analyze(ad)).indicators())
                .filteredOn(x -> x.indicator() == Indicator.OVERSEAS_PLACEMENT).singleElement()
                .extracting(IndicatorMatch::source).isEqualTo(IndicatorMatch.Source.MODEL);
        IndicatorDetector ruleDebt = a -> List.of(new IndicatorMatch(Indicator.DEBT_BONDAGE, List.of(debt)),
                new IndicatorMatch(Indicator.CONTRACT_BEFORE_DEPARTURE, List.of(visa), IndicatorMatch.Source.MODEL));
        assertThat(new AdFeatureExtractor(ruleDebt).extract(ANALYZER.analyze(ad)).indicators())
                .filteredOn(x -> x.indicator() == Indicator.OVERSEAS_PLACEMENT).singleElement()
                .as("one step a rule found makes the placement a rule's").extracting(IndicatorMatch::source)
                .isEqualTo(IndicatorMatch.Source.RULE);
    }

    @Test
    void aSalaryAdvanceRepaidFromPayIsDebtBondageButNoPlacement() {
        List<IndicatorMatch> m = indicators("A salary advance of up to 500 GBP is available and is repaid from the next wages.");
        assertThat(m).extracting(IndicatorMatch::indicator).contains(Indicator.DEBT_BONDAGE)
                .doesNotContain(Indicator.OVERSEAS_PLACEMENT);
    }

    @Test
    void aContractBeforeDepartureIsAPlacementTheRecruiterArranged() {
        assertThat(indicators("You receive and sign your contract in Urdu before you travel."))
                .extracting(IndicatorMatch::indicator).contains(Indicator.CONTRACT_BEFORE_DEPARTURE, Indicator.OVERSEAS_PLACEMENT);
    }
}
