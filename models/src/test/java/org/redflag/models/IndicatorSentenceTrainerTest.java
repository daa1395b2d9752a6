package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.corpus.Label;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.features.sentences.IndicatorSentenceModel;
import org.redflag.features.sentences.IndicatorSentenceModel.IndicatorScorer;
import org.redflag.nlp.Span;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

class IndicatorSentenceTrainerTest {

    private static final List<String> RETENTION = List.of("Passport kept by the boss.", "We hold your passport for safety.",
            "Passports stay with the supervisor during the contract.", "The company keeps all passports.",
            "Your passport is held by the manager until the end.", "Documents are retained by the office.",
            "Hand over your passport on arrival.", "ID cards kept by the agent.");
    private static final List<String> FAIR = List.of("You keep your own passport.", "Bring your passport to the interview.",
            "Salary paid every month.", "Free accommodation near the farm.", "Work 8 hours a day.", "Meals are provided.",
            "Overtime is paid at 1.5 times.", "Transport to the site is free.");
    private static final String URGENT = "Start tomorrow, few places left.";
    private static final String MISREAD = "The manager keeps the passports of the guests at the desk.";

    /** An ad being written for a test: two fair sentences, then what it shows, with its codes and evidence. */
    private static final class Written {
        private final int number;
        private final List<String> sentences;
        private final List<String> codes = new ArrayList<>();
        private final List<LabelledAd.Evidence> evidence = new ArrayList<>();

        Written(int number) {
            this.number = number;
            sentences = new ArrayList<>(List.of(FAIR.get(number % FAIR.size()), FAIR.get((number + 3) % FAIR.size())));
        }

        /** Says {@code sentence} at {@code position}, evidence of {@code indicator} (none where it is null). */
        Written says(String sentence, int position, Indicator indicator) {
            sentences.add(position, sentence);
            if (indicator != null) {
                codes.add(indicator.name());
                evidence.add(new LabelledAd.Evidence(indicator.name(), sentence));
            }
            return this;
        }

        int length() {
            return sentences.size();
        }

        IndicatorSentenceTrainer.TrainingAd training(String id, CoreNlpTextAnalyzer analyzer, Set<Indicator> found) {
            JobAd ad = JobAd.builder().id(id).title("Farm helper").description(String.join("\n", sentences)).build();
            LabelledAd labelled = new LabelledAd(ad, codes.isEmpty() ? Label.LEGITIMATE : Label.EXPLOITATIVE, codes, evidence,
                    true, "", "test:" + number);
            return new IndicatorSentenceTrainer.TrainingAd(labelled, analyzer.analyze(ad), found, found, true);
        }
    }

    /**
     * Sixty ads: every other one says that the passport is kept, in one of eight ways, which the rules (here: none) miss;
     * every third says it is urgent, which the rules find every time.
     */
    private static List<IndicatorSentenceTrainer.TrainingAd> ads() {
        CoreNlpTextAnalyzer analyzer = CoreNlpTextAnalyzer.withDefaults();
        List<IndicatorSentenceTrainer.TrainingAd> ads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Written ad = new Written(i);
            if (i % 2 == 0) {
                ad.says(RETENTION.get(i / 2 % RETENTION.size()), 1, Indicator.DOCUMENT_RETENTION);
            }
            Set<Indicator> found = EnumSet.noneOf(Indicator.class);
            if (i % 3 == 0) {
                ad.says(URGENT, ad.length(), Indicator.URGENCY);
                found.add(Indicator.URGENCY);
            }
            ads.add(ad.training("a" + i, analyzer, found));
        }
        return ads;
    }

    @Test
    void learnsWhatTheRulesMissAndLeavesOutWhatTheyFindAlready() {
        List<String> log = new ArrayList<>();
        IndicatorSentenceModel model = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), log::add)
                .train(ads(), List.of(), List.of(), "sixty test ads");

        assertThat(model.scorers()).containsOnlyKeys(Indicator.DOCUMENT_RETENTION);
        assertThat(model.provenance()).startsWith("sixty test ads; C 4.0");
        assertThat(log).anyMatch(line -> line.contains("URGENCY") && line.contains("left out"));
        IndicatorScorer retention = model.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(retention.threshold()).isBetween(0.5, 0.99);
        assertThat(retention.probability(model.vector("The boss keeps the passports until the season ends.")))
                .as("a new way of saying it").isGreaterThanOrEqualTo(retention.threshold());
        assertThat(retention.probability(model.vector("Overtime is paid and meals are provided.")))
                .as("fair terms").isLessThan(retention.threshold());
    }

    /**
     * Sixty ads, every other one saying in one of eight ways what shows {@code indicator}; the rules find half of those,
     * and misread a sentence about the guests' passports, in every fifth ad, as showing it too.
     */
    private static List<IndicatorSentenceTrainer.TrainingAd> misreadByTheRules(Indicator indicator) {
        CoreNlpTextAnalyzer analyzer = CoreNlpTextAnalyzer.withDefaults();
        List<IndicatorSentenceTrainer.TrainingAd> ads = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Written ad = new Written(i);
            if (i % 2 == 0) {
                ad.says(RETENTION.get(i / 2 % RETENTION.size()), ad.length(), indicator);
            }
            if (i % 5 == 1) {
                ad.says(MISREAD, ad.length(), null);
            }
            boolean ruled = i % 4 == 0 || i % 5 == 1;
            ads.add(ad.training("v" + i, analyzer, ruled ? EnumSet.of(indicator) : EnumSet.noneOf(Indicator.class)));
        }
        return ads;
    }

    @Test
    void aVetoDropsTheRulesFindsWhereTheHeldOutModelSeesNothingLikeTheIndicator() {
        List<String> log = new ArrayList<>();
        IndicatorSentenceTrainer trainer = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), log::add);
        List<IndicatorSentenceTrainer.TrainingAd> ads = misreadByTheRules(Indicator.DOCUMENT_RETENTION);
        IndicatorSentenceModel model = trainer.train(ads, List.of(), List.of(), "misread by the rules");

        IndicatorScorer retention = model.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(retention.veto()).isGreaterThan(0);
        assertThat(retention.probability(model.vector(MISREAD))).as("the misreading").isLessThan(retention.veto());
        assertThat(retention.probability(model.vector("The boss keeps the passports until the season ends.")))
                .as("kept passports in new words: the rules' find stands").isGreaterThanOrEqualTo(retention.veto());
        assertThat(log).anyMatch(line -> line.contains("DOCUMENT_RETENTION") && line.contains("0 right and 6 wrong finds dropped"));

        List<IndicatorSentenceTrainer.TrainingAd> elsewhere = ads.stream().map(a -> new IndicatorSentenceTrainer.TrainingAd(a.ad(),
                a.analysis(), a.found(), Set.<Indicator>of(), true)).toList();
        assertThat(trainer.train(elsewhere, List.of(), List.of(), "found where a veto cannot reach")
                .scorers().get(Indicator.DOCUMENT_RETENTION).veto()).as("finds a veto would not take away").isZero();
    }

    @Test
    void aProtectiveSignalGetsNoVeto() {
        IndicatorSentenceModel model = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), line -> { })
                .train(misreadByTheRules(Indicator.NO_FEE_PLEDGE), List.of(), List.of(), "a protective signal misread");
        assertThat(model.scorers()).containsOnlyKeys(Indicator.NO_FEE_PLEDGE);
        assertThat(model.scorers().get(Indicator.NO_FEE_PLEDGE).veto()).isZero();
    }

    @Test
    void onlyTheRulesFindsByWordsOfTheDescriptionCanBeVetoed() {
        JobAd ad = JobAd.builder().id("w").title("Driver").description("Passport kept by the boss.").build();
        Span description = new Span(JobAd.Field.DESCRIPTION, 0, 8, "Passport");
        Span title = new Span(JobAd.Field.TITLE, 0, 6, "Driver");
        List<IndicatorMatch> matches = List.of(
                new IndicatorMatch(Indicator.DOCUMENT_RETENTION, List.of(description)),
                new IndicatorMatch(Indicator.URGENCY, List.of(title)),
                new IndicatorMatch(Indicator.DEBT_BONDAGE, List.of(description, title)),
                new IndicatorMatch(Indicator.OVERSEAS_PLACEMENT, List.of(description)),
                new IndicatorMatch(Indicator.WAGE_WITHHOLDING, List.of(description), IndicatorMatch.Source.MODEL));
        IndicatorSentenceTrainer.TrainingAd training = IndicatorSentenceTrainer.TrainingAd.of(
                new LabelledAd(ad, Label.EXPLOITATIVE, List.of(), List.of(), true, "", "w"), null, matches, true);
        assertThat(training.found()).containsExactlyInAnyOrder(Indicator.DOCUMENT_RETENTION, Indicator.URGENCY,
                Indicator.DEBT_BONDAGE, Indicator.OVERSEAS_PLACEMENT, Indicator.WAGE_WITHHOLDING);
        assertThat(training.vetoable()).as("a placement is also found from the steps of the move, which a veto leaves")
                .containsExactly(Indicator.DOCUMENT_RETENTION);
    }

    @Test
    void aModelWhoseOwnFindsAreOftenWrongIsNotKeptThoughTheRulesKeepTheWholePrecise() {
        IndicatorSentenceTrainer.Found rules = new IndicatorSentenceTrainer.Found(40, 4, 20);
        IndicatorSentenceTrainer.Found halfWrong = new IndicatorSentenceTrainer.Found(43, 7, 17);
        assertThat(halfWrong.precision()).as("together, 0.86")
                .isGreaterThanOrEqualTo(rules.precision() - IndicatorSentenceTrainer.MAX_PRECISION_LOSS)
                .isGreaterThan(IndicatorSentenceTrainer.MIN_PRECISION);
        assertThat(halfWrong.addedTo(rules).precision()).as("the model's own").isEqualTo(0.5);
        assertThat(IndicatorSentenceTrainer.preciseEnough(rules, halfWrong)).isFalse();

        IndicatorSentenceTrainer.Found mostlyRight = new IndicatorSentenceTrainer.Found(43, 5, 17);
        assertThat(mostlyRight.addedTo(rules).precision()).isEqualTo(0.75);
        assertThat(IndicatorSentenceTrainer.preciseEnough(rules, mostlyRight)).isTrue();
        assertThat(IndicatorSentenceTrainer.preciseEnough(rules, rules)).as("nothing added").isTrue();
    }

    @Test
    void aModelThatCostsTheRulesTooMuchPrecisionIsNotKept() {
        IndicatorSentenceTrainer.Found rules = new IndicatorSentenceTrainer.Found(20, 0, 20);
        IndicatorSentenceTrainer.Found withModel = new IndicatorSentenceTrainer.Found(36, 4, 4);
        assertThat(withModel.addedTo(rules).precision()).as("its own finds").isEqualTo(0.8);
        assertThat(withModel.precision()).as("0.90, more than 0.05 under the rules' 1.00").isEqualTo(0.9);
        assertThat(IndicatorSentenceTrainer.preciseEnough(rules, withModel)).isFalse();
    }

    /** Real fair ads: twenty, of which {@code saying} say in passing something the model takes for kept passports. */
    private static List<IndicatorSentenceTrainer.BackgroundAd> background(int saying) {
        CoreNlpTextAnalyzer analyzer = CoreNlpTextAnalyzer.withDefaults();
        List<IndicatorSentenceTrainer.BackgroundAd> background = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = FAIR.get(i % FAIR.size()) + (i < saying ? "\n" + MISREAD : "");
            background.add(new IndicatorSentenceTrainer.BackgroundAd(
                    analyzer.analyze(JobAd.builder().id("r" + i).title("Receptionist").description(text).build()), Set.of()));
        }
        return background;
    }

    @Test
    void aModelThatFindsTheIndicatorInTooManyRealFairAdsIsLeftOut() {
        List<String> log = new ArrayList<>();
        IndicatorSentenceTrainer trainer = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), log::add);
        IndicatorSentenceModel lenient = trainer.train(ads(), List.of(), background(0), "with fair background ads");
        assertThat(lenient.scorers()).containsOnlyKeys(Indicator.DOCUMENT_RETENTION);
        assertThat(log).anyMatch(line -> line.contains("DOCUMENT_RETENTION") && line.contains("added to 0 of 20 background ads"));
        IndicatorScorer before = lenient.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(before.probability(lenient.vector(MISREAD))).as("the misreading, without the check").isGreaterThanOrEqualTo(before.threshold());

        IndicatorSentenceModel strict = trainer.train(ads(), List.of(), background(4), "with background ads it misreads");
        IndicatorScorer after = strict.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(after == null || after.probability(strict.vector(MISREAD)) < after.threshold())
                .as("4 of 20 real ads is above " + IndicatorSentenceTrainer.MAX_BACKGROUND_SHARE + ": left out or a threshold above them")
                .isTrue();
    }

    /** Ads written for one indicator alone, each saying {@code text}: a paraphrase that shows it, or a near miss. */
    private static List<IndicatorSentenceTrainer.FocusedAd> focused(Indicator indicator, String text, boolean shows, int count) {
        CoreNlpTextAnalyzer analyzer = CoreNlpTextAnalyzer.withDefaults();
        List<IndicatorSentenceTrainer.FocusedAd> focused = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JobAd ad = JobAd.builder().id("f" + i).title("Hotel job").description(text).build();
            LabelledAd labelled = new LabelledAd(ad, shows ? Label.EXPLOITATIVE : Label.LEGITIMATE,
                    shows ? List.of(indicator.name()) : List.of(),
                    shows ? List.of(new LabelledAd.Evidence(indicator.name(), text)) : List.of(), true, "", "focused:" + i);
            focused.add(new IndicatorSentenceTrainer.FocusedAd(labelled, analyzer.analyze(ad), indicator));
        }
        return focused;
    }

    @Test
    void nearMissesWrittenForAnIndicatorTeachItsModel() {
        IndicatorSentenceTrainer trainer = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), line -> { });
        IndicatorSentenceModel untaught = trainer.train(ads(), List.of(), List.of(), "no near misses");
        IndicatorScorer without = untaught.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(without.probability(untaught.vector(MISREAD))).as("the guests' passports, untaught")
                .isGreaterThanOrEqualTo(without.threshold());
        IndicatorSentenceModel taught = trainer.train(ads(), focused(Indicator.DOCUMENT_RETENTION, MISREAD, false, 10), List.of(),
                "ten near misses");

        IndicatorScorer with = taught.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(with.probability(taught.vector(MISREAD))).as("the guests' passports, taught as a near miss")
                .isLessThan(with.threshold());
        assertThat(with.probability(taught.vector(RETENTION.get(1)))).as("what the annotated ads show is still found")
                .isGreaterThanOrEqualTo(with.threshold());
    }

    @Test
    void paraphrasesWrittenForAnIndicatorTeachItsModel() {
        String paraphrase = "The foreman looks after every worker's travel papers until the contract ends.";
        IndicatorSentenceTrainer trainer = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), line -> { });
        IndicatorSentenceModel untaught = trainer.train(ads(), List.of(), List.of(), "no paraphrases");
        IndicatorScorer without = untaught.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(without.probability(untaught.vector(paraphrase))).as("untaught").isLessThan(without.threshold());

        IndicatorSentenceModel taught = trainer.train(ads(), focused(Indicator.DOCUMENT_RETENTION, paraphrase, true, 10), List.of(),
                "ten paraphrases");
        IndicatorScorer with = taught.scorers().get(Indicator.DOCUMENT_RETENTION);
        assertThat(with.probability(taught.vector(paraphrase))).as("taught").isGreaterThanOrEqualTo(with.threshold());
    }

    @Test
    void adsFocusedOnOneIndicatorLeaveEveryOtherIndicatorsModelAsItWas() {
        String unheardOf = "Zorblax quimbly frobnicates the gadgetry.\n" + RETENTION.get(0);
        IndicatorSentenceTrainer trainer = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), line -> { });
        IndicatorScorer without = trainer.train(ads(), List.of(), List.of(), "none focused").scorers().get(Indicator.DOCUMENT_RETENTION);
        IndicatorScorer with = trainer.train(ads(), focused(Indicator.URGENCY, unheardOf, false, 60), List.of(),
                "sixty ads written for urgency alone, with kept passports and words no annotated ad has").scorers()
                .get(Indicator.DOCUMENT_RETENTION);

        assertThat(with.weights()).as("the same n-grams, the same weights").containsExactly(without.weights());
        assertThat(with.bias()).isEqualTo(without.bias());
        assertThat(with.threshold()).isEqualTo(without.threshold());
    }

    @Test
    void aFocusedAdMustListItsIndicatorExactlyWhereItsEvidenceShowsIt() {
        JobAd ad = JobAd.builder().id("f1").title("Hotel job").description("The boss keeps every passport in the safe.").build();
        LabelledAd noEvidence = new LabelledAd(ad, Label.EXPLOITATIVE, List.of("DOCUMENT_RETENTION"),
                List.of(new LabelledAd.Evidence("DOCUMENT_RETENTION", "passport kept")), true, "", "paraphrases.jsonl:1");
        LabelledAd unlisted = new LabelledAd(ad, Label.LEGITIMATE, List.of(),
                List.of(new LabelledAd.Evidence("DOCUMENT_RETENTION", "keeps every passport")), true, "", "near-misses.jsonl:1");

        assertThatThrownBy(() -> IndicatorSentenceTrainer.FocusedAd.check(noEvidence, Indicator.DOCUMENT_RETENTION))
                .isInstanceOf(RedflagException.class)
                .hasMessage("paraphrases.jsonl:1: marks DOCUMENT_RETENTION, but none of its evidence of it is in the description");
        assertThatThrownBy(() -> IndicatorSentenceTrainer.FocusedAd.check(unlisted, Indicator.DOCUMENT_RETENTION))
                .isInstanceOf(RedflagException.class)
                .hasMessage("near-misses.jsonl:1: has evidence of DOCUMENT_RETENTION but does not list it");
    }

    @Test
    void anAdBothAnnotatedAndFocusedIsRefused() {
        List<IndicatorSentenceTrainer.TrainingAd> ads = ads();
        List<IndicatorSentenceTrainer.FocusedAd> again = List.of(new IndicatorSentenceTrainer.FocusedAd(ads.get(1).ad(),
                ads.get(1).analysis(), Indicator.DOCUMENT_RETENTION));
        IndicatorSentenceTrainer trainer = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), line -> { });

        assertThatThrownBy(() -> trainer.train(ads, again, List.of(), "judging itself"))
                .isInstanceOf(RedflagException.class).hasMessage("test:1: ad a1 is both an annotated and a focused ad");
    }

    private static IndicatorSentenceTrainer.TrainingAd withId(String id) {
        JobAd ad = JobAd.builder().id(id).title("t").description("d").build();
        return new IndicatorSentenceTrainer.TrainingAd(new LabelledAd(ad, Label.LEGITIMATE, List.of(), List.of(), true, "", id),
                null, Set.of(), Set.of(), true);
    }

    @Test
    void aWritersBatchIsHeldOutWholeAndFoldsStayEven() {
        List<IndicatorSentenceTrainer.TrainingAd> ads = new ArrayList<>();
        for (int b = 0; b < 10; b++) {
            for (int i = 0; i < 6; i++) {
                ads.add(withId("rf-b" + (20 + b) + "-00" + i));
            }
        }
        List<Integer> judged = java.util.stream.IntStream.range(0, ads.size()).boxed().toList();
        int[] fold = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), s -> { }).foldsByBatch(ads, judged);
        int[] sizes = new int[5];
        for (int i = 0; i < ads.size(); i++) {
            assertThat(fold[i]).as("one batch, one fold").isEqualTo(fold[i - i % 6]);
            sizes[fold[i]]++;
        }
        assertThat(sizes).containsOnly(12);
    }

    @Test
    void idsThatNameNoBatchesAreDealtOneByOneAndAdsNotJudgedAreInNoFold() {
        List<IndicatorSentenceTrainer.TrainingAd> ads = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ads.add(withId("ad" + i));
        }
        int[] fold = new IndicatorSentenceTrainer(IndicatorSentenceTrainer.Settings.defaults(), s -> { })
                .foldsByBatch(ads, java.util.stream.IntStream.range(0, 10).boxed().toList());
        assertThat(java.util.Arrays.stream(fold, 0, 10).distinct().count()).isEqualTo(5);
        assertThat(java.util.Arrays.stream(fold, 10, 20)).containsOnly(-1);
        assertThat(IndicatorSentenceTrainer.batchOf("rf-b24-013")).isEqualTo("rf-b24");
        assertThat(IndicatorSentenceTrainer.batchOf("ad7")).isEqualTo("ad7");
    }
}
