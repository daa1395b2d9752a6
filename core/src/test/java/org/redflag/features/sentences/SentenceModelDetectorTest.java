package org.redflag.features.sentences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorDetector;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;

class SentenceModelDetectorTest {

    private static final IndicatorDetector NO_RULES = ad -> List.of();

    private static AnalyzedAd analysed(JobAd ad) {
        return PassagesTest.ANALYZER.analyze(ad);
    }

    @Test
    void theModelAddsWhatTheRulesMissedWithTheWordsOfTheHighestPassageThatRaiseItAsEvidence() {
        String description = "Salary paid every month.\nPassport kept by the boss until you leave.\nFree visa and ticket.";
        JobAd ad = JobAd.builder().id("d").title("Helper").description(description).build();
        List<IndicatorMatch> found = new SentenceModelDetector(NO_RULES, IndicatorSentenceModelTest.retentionModel(0.5))
                .detect(analysed(ad));
        assertThat(found).extracting(IndicatorMatch::indicator).containsExactly(Indicator.DOCUMENT_RETENTION);
        assertThat(found.get(0).source()).isEqualTo(IndicatorMatch.Source.MODEL);
        Span evidence = found.get(0).evidence().get(0);
        assertThat(evidence.text()).as("the words the model learnt, not the rest of the line").isEqualTo("Passport kept by the boss");
        assertThat(description.substring(evidence.start(), evidence.end())).isEqualTo(evidence.text());
    }

    @Test
    void whatTheRulesFoundKeepsTheRulesEvidenceAndOtherIndicatorsStayInOrder() {
        JobAd ad = JobAd.builder().id("d").title("Helper").description("Pay a fee of 300 USD. Passport kept by the boss.").build();
        AnalyzedAd analysed = analysed(ad);
        Span rulesSpan = new Span(JobAd.Field.DESCRIPTION, 0, 9, "Pay a fee");
        IndicatorDetector rules = a -> List.of(new IndicatorMatch(Indicator.RECRUITMENT_FEE, List.of(rulesSpan)),
                new IndicatorMatch(Indicator.DOCUMENT_RETENTION, List.of(new Span(JobAd.Field.DESCRIPTION, 21, 29, "Passport"))),
                new IndicatorMatch(Indicator.URGENCY, List.of(rulesSpan)));
        List<IndicatorMatch> found = new SentenceModelDetector(rules, IndicatorSentenceModelTest.retentionModel(0.5)).detect(analysed);
        assertThat(found).extracting(IndicatorMatch::indicator)
                .containsExactly(Indicator.RECRUITMENT_FEE, Indicator.DOCUMENT_RETENTION, Indicator.URGENCY);
        assertThat(found.get(1).evidence()).extracting(Span::text).containsExactly("Passport");
        assertThat(found).extracting(IndicatorMatch::source).containsOnly(IndicatorMatch.Source.RULE);

        IndicatorDetector feeOnly = a -> List.of(new IndicatorMatch(Indicator.URGENCY, List.of(rulesSpan)));
        assertThat(new SentenceModelDetector(feeOnly, IndicatorSentenceModelTest.retentionModel(0.5)).detect(analysed))
                .extracting(IndicatorMatch::indicator).as("the model's find takes its place in indicator order")
                .containsExactly(Indicator.DOCUMENT_RETENTION, Indicator.URGENCY);
    }

    @Test
    void aRulesFindIsDroppedWhereNoPassageOfTheDescriptionReachesTheVeto() {
        JobAd guests = JobAd.builder().id("g").title("Receptionist")
                .description("Salary paid every month.\nGuests leave valuables at reception.").build();
        Span valuables = new Span(JobAd.Field.DESCRIPTION, 25, 47, "Guests leave valuables");
        IndicatorDetector rules = a -> List.of(new IndicatorMatch(Indicator.DOCUMENT_RETENTION, List.of(valuables)),
                new IndicatorMatch(Indicator.URGENCY, List.of(valuables)));
        assertThat(new SentenceModelDetector(rules, IndicatorSentenceModelTest.retentionModel(0.5, 0.3)).detect(analysed(guests)))
                .extracting(IndicatorMatch::indicator).as("an indicator without a veto stands").containsExactly(Indicator.URGENCY);
        assertThat(new SentenceModelDetector(rules, IndicatorSentenceModelTest.retentionModel(0.5)).detect(analysed(guests)))
                .extracting(IndicatorMatch::indicator).as("without a veto")
                .containsExactly(Indicator.DOCUMENT_RETENTION, Indicator.URGENCY);

        JobAd kept = JobAd.builder().id("k").title("Receptionist")
                .description("Salary paid every month.\nThe boss keeps your passport, guests leave valuables at reception.").build();
        Span keeps = new Span(JobAd.Field.DESCRIPTION, 25, 54, "The boss keeps your passport,");
        List<IndicatorMatch> found = new SentenceModelDetector(a -> List.of(new IndicatorMatch(Indicator.DOCUMENT_RETENTION,
                List.of(keeps))), IndicatorSentenceModelTest.retentionModel(0.5, 0.3)).detect(analysed(kept));
        assertThat(found).as("a passage at the veto or more: the rules' find stands with its own evidence, and alone")
                .containsExactly(new IndicatorMatch(Indicator.DOCUMENT_RETENTION, List.of(keeps)));

        Span heading = new Span(JobAd.Field.TITLE, 0, 12, "Receptionist");
        IndicatorMatch partlyElsewhere = new IndicatorMatch(Indicator.DOCUMENT_RETENTION, List.of(heading, valuables));
        assertThat(new SentenceModelDetector(a -> List.of(partlyElsewhere), IndicatorSentenceModelTest.retentionModel(0.5, 0.3))
                .detect(analysed(guests))).as("evidence partly in a field the model does not read").containsExactly(partlyElsewhere);

        JobAd titled = JobAd.builder().id("t").title("Passports kept by the hotel").description("Salary paid every month.").build();
        Span title = new Span(JobAd.Field.TITLE, 0, 27, "Passports kept by the hotel");
        assertThat(new SentenceModelDetector(a -> List.of(new IndicatorMatch(Indicator.DOCUMENT_RETENTION, List.of(title))),
                IndicatorSentenceModelTest.retentionModel(0.5, 0.3)).detect(analysed(titled)))
                .as("evidence the model does not read stands").extracting(IndicatorMatch::indicator)
                .containsExactly(Indicator.DOCUMENT_RETENTION);
    }

    @Test
    void aPassageUnderTheThresholdOrOutsideTheDescriptionFindsNothing() {
        JobAd weak = JobAd.builder().id("w").title("Helper").description("Cleaning work in a hotel.").build();
        assertThat(new SentenceModelDetector(NO_RULES, IndicatorSentenceModelTest.retentionModel(0.5)).detect(analysed(weak))).isEmpty();
        JobAd strong = JobAd.builder().id("s").title("Helper").description("Passport kept by the boss.").build();
        assertThat(new SentenceModelDetector(NO_RULES, IndicatorSentenceModelTest.retentionModel(0.9999)).detect(analysed(strong)))
                .as("above every probability the passage reaches").isEmpty();
        JobAd elsewhere = JobAd.builder().id("t").title("Passport kept by the boss").description("Cleaning work.")
                .requirements("Passport kept by the boss.").build();
        assertThat(new SentenceModelDetector(NO_RULES, IndicatorSentenceModelTest.retentionModel(0.5)).detect(analysed(elsewhere)))
                .as("the model reads the description alone").isEmpty();
    }
}
