package org.redflag.models;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.redflag.RedflagException;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.AdFeatureExtractor;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.features.sentences.IndicatorSentenceModel;
import org.redflag.features.sentences.IndicatorSentenceModel.IndicatorScorer;
import org.redflag.features.sentences.NgramVectorizer;
import org.redflag.features.sentences.Passages;
import org.redflag.features.sentences.SentenceModelDetector;
import org.redflag.features.sentences.SparseVector;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;

/**
 * Trains the {@link IndicatorSentenceModel} on annotated ads: a passage of the description shows an indicator where it
 * overlaps that indicator's evidence. One L2-regularised logistic regression per indicator (LIBLINEAR), the two classes
 * weighed alike. An indicator's threshold is chosen by cross-validation: the threshold at which the rules plus the held-out
 * model find the indicator best (ad-level F1) on the ads whose wording the rules were not tuned on (on the ads they were
 * tuned on the rules look better than they are, and the model's worth is hidden), with each writer's batch held out whole
 * (a model that has read three quarters of a writer's ads finds the fourth quarter too easily), as long as the precision stays at
 * {@link #MIN_PRECISION} or more, loses at most {@link #MAX_PRECISION_LOSS} against the rules alone, and the model's own finds
 * are right at {@link #MIN_OWN_PRECISION} or more; an indicator the
 * model does not improve by at least {@link #MIN_GAIN} gets no model, so that it never adds what the rules already do well.
 * A kept model of a risk indicator may have a veto, chosen on the same held-out scores: the probability under which every
 * passage of an ad's description must score for the rules' finds there to be dropped ({@link SentenceModelDetector}), where
 * dropping them raises the held-out F1 by {@link #MIN_GAIN} or more. Each indicator is counted on its own, so what a veto
 * does to another indicator (a vetoed debt for the ticket no longer implies a placement) is not. Protective signals have
 * none: the misread ones (a nurse's "license", "NO waiting for commission checks") that vetoes took from EMSCAD's real ads
 * were mostly in fraudulent ones, where the risk model had learnt them as a sign of fraud, and dropping them cost the EMSCAD
 * measure (models README).
 * {@link FocusedAd Focused ads}, written and annotated for one indicator alone, teach that indicator's model besides.
 */
public final class IndicatorSentenceTrainer {

    /** The smallest rise in an indicator's held-out F1 for which the model is kept. */
    public static final double MIN_GAIN = 0.005;

    /**
     * The lowest held-out precision a kept model may leave an indicator with: the model trades precision for recall, and
     * an indicator that is often wrong misleads more than one that is sometimes missed.
     */
    public static final double MIN_PRECISION = 0.8;

    /** The most held-out precision a kept model may cost an indicator, against the rules alone. */
    public static final double MAX_PRECISION_LOSS = 0.05;

    /**
     * The lowest held-out precision of the model's own finds, those the rules did not make: the floors above hold for the
     * rules and the model together, where the rules' many right finds can hide a model that is wrong one time in three.
     * 0.70 is the bar every indicator is held to on the corpus's held-out part.
     */
    public static final double MIN_OWN_PRECISION = 0.7;

    /**
     * The largest share of background ads (real, fair ads from a job board) a kept model may add an indicator to: the
     * corpus's ads say the indicators more often and more plainly than real ads do, and a model that learnt, say, the
     * rhetorical questions of vulnerability targeting ("Need money fast?") finds them in any ad that asks its reader
     * "Would you like to work for ...?".
     */
    public static final double MAX_BACKGROUND_SHARE = 0.01;

    /**
     * The check of {@link #MAX_BACKGROUND_SHARE} covers the indicators the rules find in at most this share of the background
     * ads: those fair ads rarely show. The others (an urgent start, no experience asked, an agency in place of the employer)
     * are common in fair ads too, and there what the model adds may well be right.
     */
    public static final double RARE_IN_BACKGROUND = 0.02;

    private static final double[] THRESHOLDS = {0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99};
    private static final double[] VETOES = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3};
    private static final int FEWEST_POSITIVES = 10;
    private static final Set<Indicator> EVERY_INDICATOR = Collections.unmodifiableSet(EnumSet.allOf(Indicator.class));

    /**
     * How to train.
     *
     * @param cost LIBLINEAR's C: higher fits the training passages more closely
     * @param minDocuments the fewest passages an n-gram must occur in to be kept
     * @param folds the cross-validation folds that choose the thresholds
     * @param seed the seed of the folds
     */
    public record Settings(double cost, int minDocuments, int folds, long seed) {

        /** @return the settings the shipped model was trained with */
        public static Settings defaults() {
            return new Settings(4, 2, 5, 1);
        }
    }

    /**
     * An annotated ad ready for training.
     *
     * @param ad the corpus ad, with its indicators and evidence
     * @param analysis its analysis
     * @param found the indicators the rules (and the feature extractor's structural checks) find in it
     * @param vetoable those of them found by the rules' words in the description alone, which a veto would take away
     * @param unseenByRules whether the rules were tuned without this ad: the thresholds are chosen on such ads (on all ads
     *                      where none is)
     */
    public record TrainingAd(LabelledAd ad, AnalyzedAd analysis, Set<Indicator> found, Set<Indicator> vetoable,
                             boolean unseenByRules) {

        /**
         * @param ad the corpus ad, with its indicators and evidence
         * @param analysis its analysis
         * @param matches what the rules and the feature extractor's structural checks find in it
         * @param unseenByRules whether the rules were tuned without this ad
         * @return the ad, with the indicators a veto would take away: those whose every find the rules made by words of the
         *     description ({@link SentenceModelDetector#byWordsOfTheDescription}), except those the feature extractor may
         *     find again from the ad's structure ({@link AdFeatureExtractor#FOUND_FROM_STRUCTURE}), where what a veto does
         *     cannot be counted
         */
        public static TrainingAd of(LabelledAd ad, AnalyzedAd analysis, List<IndicatorMatch> matches, boolean unseenByRules) {
            Set<Indicator> found = EnumSet.noneOf(Indicator.class);
            Set<Indicator> standing = EnumSet.copyOf(AdFeatureExtractor.FOUND_FROM_STRUCTURE);
            for (IndicatorMatch m : matches) {
                found.add(m.indicator());
                if (!SentenceModelDetector.byWordsOfTheDescription(m)) {
                    standing.add(m.indicator());
                }
            }
            Set<Indicator> vetoable = EnumSet.copyOf(found);
            vetoable.removeAll(standing);
            return new TrainingAd(ad, analysis, found, vetoable, unseenByRules);
        }

        /** @return the indicators the annotators marked */
        Set<Indicator> marked() {
            Set<Indicator> marked = EnumSet.noneOf(Indicator.class);
            ad.indicators().forEach(code -> marked.add(indicator(code, ad)));
            return marked;
        }
    }

    /**
     * An ad written and annotated for one indicator alone: a paraphrase that shows it, with its evidence, or a near miss
     * that does not. Its passages teach that indicator's model (those its evidence marks as showing it, the others as not)
     * and no other's, since what else it shows nobody looked for; it is trained on in every fold and never judged, and its
     * words add no n-gram, so every other indicator's model is as without it.
     *
     * @param ad the ad, with its evidence of the indicator where it shows it
     * @param analysis its analysis
     * @param indicator the indicator it was written for
     */
    public record FocusedAd(LabelledAd ad, AnalyzedAd analysis, Indicator indicator) {

        /** @throws RedflagException as {@link #check} */
        public FocusedAd {
            check(ad, indicator);
        }

        /**
         * Checks an ad before it is analysed.
         *
         * @throws RedflagException where the ad lists the indicator but none of its evidence of it is in the description, or
         *     has evidence of it in the description without listing it: either way it would be taught the wrong way round
         */
        public static void check(LabelledAd ad, Indicator indicator) {
            boolean listed = ad.indicators().contains(indicator.name());
            boolean shown = ad.placedEvidence().stream().anyMatch(e -> e.indicator().equals(indicator.name()));
            if (listed && !shown) {
                throw new RedflagException(ad.origin() + ": marks " + indicator + ", but none of its evidence of it is in the description");
            }
            if (shown && !listed) {
                throw new RedflagException(ad.origin() + ": has evidence of " + indicator + " but does not list it");
            }
        }
    }

    /**
     * A real ad from a job board, without annotations, taken to show the indicators rarely: what the model adds to such
     * ads is mostly wrong.
     *
     * @param analysis its analysis
     * @param found the indicators the rules (and the feature extractor's structural checks) find in it
     */
    public record BackgroundAd(AnalyzedAd analysis, Set<Indicator> found) {
    }

    private final Settings settings;
    private final Consumer<String> log;

    /**
     * @param settings how to train
     * @param log told what is being done
     */
    public IndicatorSentenceTrainer(Settings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
        Linear.disableDebugOutput();
    }

    /**
     * @param ads annotated ads with their analyses and what the rules find in them
     * @param focused ads annotated for one indicator alone; none to train on the annotated ads only
     * @param background real ads, fair ones, that a kept model may add an indicator they rarely show
     *     ({@link #RARE_IN_BACKGROUND}) to at most {@link #MAX_BACKGROUND_SHARE} of; none to leave this check out
     * @param provenance what the model is trained on, recorded in it
     * @return the model
     */
    public IndicatorSentenceModel train(List<TrainingAd> ads, List<FocusedAd> focused, List<BackgroundAd> background,
                                        String provenance) {
        refuseJudgedAndFocusedAlike(ads, focused);
        List<List<Passage>> passages = ads.stream().map(IndicatorSentenceTrainer::passages).toList();
        List<Passage> focusedPassages = focused.stream().flatMap(f -> passages(f).stream()).toList();
        Set<Indicator> trainable = trainable(passages, focusedPassages);
        log.accept("training on all " + ads.size() + " ads" + (focused.isEmpty() ? "" : " and " + focused.size() + " focused ads"));
        Fit fit = fit(concat(flatten(passages), focusedPassages), trainable);
        double[][] backgroundScores = background.stream().map(b -> highest(fit, descriptionPassages(b.analysis())))
                .toArray(double[][]::new);
        Map<Indicator, Chosen> chosen = chooseThresholds(ads, passages, focusedPassages, trainable, background, backgroundScores);
        Map<Indicator, IndicatorScorer> scorers = new EnumMap<>(Indicator.class);
        chosen.forEach((indicator, c) -> {
            IndicatorScorer fitted = fit.byIndicator().get(indicator);
            scorers.put(indicator, new IndicatorScorer(fitted.weights(), fitted.bias(), c.threshold(), c.veto()));
        });
        return new IndicatorSentenceModel(fit.vectorizer(), scorers, provenance + "; C " + settings.cost() + ", n-grams in "
                + settings.minDocuments() + "+ passages, thresholds by " + settings.folds() + "-fold CV by batch (seed " + settings.seed()
                + "), kept where held-out F1 rose by " + MIN_GAIN + " or more with precision " + MIN_PRECISION
                + " or more and at most " + MAX_PRECISION_LOSS + " below the rules', its own finds right at " + MIN_OWN_PRECISION
                + " or more, vetoes where held-out F1 rose by " + MIN_GAIN + " or more"
                + (background.isEmpty() ? "" : ", added to at most " + MAX_BACKGROUND_SHARE + " of " + background.size()
                        + " background ads where the rules find it in " + RARE_IN_BACKGROUND + " or fewer"));
    }

    /**
     * One passage of a description with the indicators its evidence shows.
     *
     * @param annotatedFor the indicators whose evidence was looked for in it: it teaches their models alone
     */
    private record Passage(String text, Set<Indicator> shows, Set<Indicator> annotatedFor) {

        /** Whether the passage was annotated for every indicator: an annotated ad's, not a focused ad's. */
        boolean annotatedForAll() {
            return annotatedFor.equals(EVERY_INDICATOR);
        }
    }

    private record Fit(NgramVectorizer vectorizer, Map<Indicator, IndicatorScorer> byIndicator) {
    }

    /** The passages of an ad's description, the part the model reads, showing no indicator as far as anyone knows. */
    private static List<Passage> descriptionPassages(AnalyzedAd analysis) {
        return Passages.ofDescription(analysis).stream()
                .map(span -> new Passage(span.text(), Set.of(), EVERY_INDICATOR)).toList();
    }

    private static List<Passage> passages(TrainingAd training) {
        return passages(training.ad(), training.analysis(), EVERY_INDICATOR);
    }

    private static List<Passage> passages(FocusedAd focused) {
        return passages(focused.ad(), focused.analysis(), EnumSet.of(focused.indicator()));
    }

    /** @throws RedflagException where an ad is both judged and focused: trained on in every fold, it would judge itself */
    private static void refuseJudgedAndFocusedAlike(List<TrainingAd> ads, List<FocusedAd> focused) {
        Set<String> ids = new HashSet<>();
        ads.forEach(a -> ids.add(a.ad().ad().id()));
        focused.stream().filter(f -> ids.contains(f.ad().ad().id())).findFirst().ifPresent(f -> {
            throw new RedflagException(f.ad().origin() + ": ad " + f.ad().ad().id() + " is both an annotated and a focused ad");
        });
    }

    private static List<Passage> passages(LabelledAd ad, AnalyzedAd analysis, Set<Indicator> annotatedFor) {
        List<LabelledAd.PlacedEvidence> evidence = ad.placedEvidence();
        List<Passage> result = new ArrayList<>();
        for (Span span : Passages.ofDescription(analysis)) {
            Set<Indicator> shows = EnumSet.noneOf(Indicator.class);
            evidence.stream().filter(e -> e.span().overlaps(span))
                    .map(e -> indicator(e.indicator(), ad)).filter(annotatedFor::contains).forEach(shows::add);
            result.add(new Passage(span.text(), shows, annotatedFor));
        }
        return result;
    }

    private static Indicator indicator(String code, LabelledAd ad) {
        return Indicator.fromCode(code).orElseThrow(() -> new RedflagException(ad.origin() + ": unknown indicator " + code));
    }

    private static List<Passage> flatten(List<List<Passage>> perAd) {
        return perAd.stream().flatMap(List::stream).toList();
    }

    private static List<Passage> concat(List<Passage> first, List<Passage> second) {
        List<Passage> both = new ArrayList<>(first);
        both.addAll(second);
        return both;
    }

    /** The indicators with enough positive passages to train on. */
    private static Set<Indicator> trainable(List<List<Passage>> passages, List<Passage> focused) {
        Map<Indicator, Integer> positives = new EnumMap<>(Indicator.class);
        concat(flatten(passages), focused).forEach(p -> p.shows().forEach(i -> positives.merge(i, 1, Integer::sum)));
        Set<Indicator> trainable = EnumSet.noneOf(Indicator.class);
        positives.forEach((indicator, count) -> {
            if (count >= FEWEST_POSITIVES) {
                trainable.add(indicator);
            }
        });
        return trainable;
    }

    /**
     * The threshold and veto chosen for an indicator.
     *
     * @param veto 0 for none
     */
    private record Chosen(double threshold, double veto) {
    }

    /**
     * The threshold of each indicator the held-out model improves, among those at which the rules joined by the model stay
     * {@link #preciseEnough precise enough} and the final model adds it to few background ads, and then the veto that
     * improves it most; the other indicators are left out.
     */
    private Map<Indicator, Chosen> chooseThresholds(List<TrainingAd> ads, List<List<Passage>> passages, List<Passage> focused,
                                                    Set<Indicator> trainable, List<BackgroundAd> background,
                                                    double[][] backgroundScores) {
        List<Integer> judged = new ArrayList<>();
        for (int i = 0; i < ads.size(); i++) {
            if (ads.get(i).unseenByRules()) {
                judged.add(i);
            }
        }
        if (judged.isEmpty()) {
            for (int i = 0; i < ads.size(); i++) {
                judged.add(i);
            }
        }
        int[] foldOf = foldsByBatch(ads, judged);
        log.accept("choosing thresholds on " + judged.size() + " ads");
        double[][] heldOut = new double[ads.size()][Indicator.values().length];
        for (int fold = 0; fold < settings.folds(); fold++) {
            log.accept("choosing thresholds: fold " + (fold + 1) + " of " + settings.folds());
            List<Passage> training = new ArrayList<>();
            for (int i = 0; i < ads.size(); i++) {
                if (foldOf[i] != fold) {
                    training.addAll(passages.get(i));
                }
            }
            training.addAll(focused);
            Fit fit = fit(training, trainable);
            for (int i = 0; i < ads.size(); i++) {
                if (foldOf[i] == fold) {
                    heldOut[i] = highest(fit, passages.get(i));
                }
            }
        }
        List<TrainingAd> judgedAds = judged.stream().map(ads::get).toList();
        double[][] judgedScores = judged.stream().map(i -> heldOut[i]).toArray(double[][]::new);
        Map<Indicator, Chosen> chosen = new EnumMap<>(Indicator.class);
        for (Indicator indicator : trainable) {
            Found rules = Found.count(judgedAds, judgedScores, indicator, Double.POSITIVE_INFINITY, 0);
            double best = rules.f1() + MIN_GAIN;
            Found withModel = null;
            double threshold = 0;
            for (double t : THRESHOLDS) {
                Found found = Found.count(judgedAds, judgedScores, indicator, t, 0);
                if (found.f1() >= best && preciseEnough(rules, found) && fewAdded(background, backgroundScores, indicator, t)) {
                    best = found.f1();
                    threshold = t;
                    withModel = found;
                }
            }
            if (withModel == null) {
                log.accept(String.format("  %-26s rules P %.3f F1 %.3f, with the model no better: left out", indicator,
                        rules.precision(), rules.f1()));
                continue;
            }
            double veto = 0;
            Found vetoed = withModel;
            for (double v : indicator.isProtective() ? new double[0] : VETOES) {
                Found found = Found.count(judgedAds, judgedScores, indicator, threshold, v);
                if (found.f1() >= withModel.f1() + MIN_GAIN && found.f1() > vetoed.f1()) {
                    veto = v;
                    vetoed = found;
                }
            }
            chosen.put(indicator, new Chosen(threshold, veto));
            Found own = withModel.addedTo(rules);
            log.accept(String.format("  %-26s rules P %.3f F1 %.3f, with the model F1 %.3f at %.2f, its own finds right in %d of %d,"
                            + " added to %d of %d background ads; %s", indicator, rules.precision(), rules.f1(), best, threshold,
                    own.right(), own.right() + own.wrong(), addedTo(background, backgroundScores, indicator, threshold),
                    background.size(), veto == 0 ? "no veto"
                            : String.format("veto %.2f: F1 %.3f, P %.3f, %d right and %d wrong finds dropped", veto, vetoed.f1(),
                                    vetoed.precision(), withModel.right() - vetoed.right(), withModel.wrong() - vetoed.wrong())));
        }
        return chosen;
    }

    /**
     * Deals the judged ads into folds, a batch at a time: ads whose ids share all but their last part ({@code rf-b24-013} and
     * {@code rf-b24-040}) were written together, by one writer, and stay in one fold, so that a held-out fold's wording is
     * never also trained on; each batch goes to the fold with the fewest ads so far. Where the ids give fewer batches than
     * folds, the ads are dealt one by one. Ads not judged are in no fold (-1): every fold trains on them.
     */
    int[] foldsByBatch(List<TrainingAd> ads, List<Integer> judged) {
        Map<String, List<Integer>> batches = new TreeMap<>();
        for (int i : judged) {
            batches.computeIfAbsent(batchOf(ads.get(i).ad().ad().id()), b -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> groups = new ArrayList<>(batches.size() < settings.folds()
                ? judged.stream().map(List::of).toList() : batches.values());
        Collections.shuffle(groups, new Random(settings.seed()));
        int[] foldOf = new int[ads.size()];
        java.util.Arrays.fill(foldOf, -1);
        int[] sizes = new int[settings.folds()];
        for (List<Integer> group : groups) {
            int smallest = 0;
            for (int f = 1; f < sizes.length; f++) {
                if (sizes[f] < sizes[smallest]) {
                    smallest = f;
                }
            }
            for (int i : group) {
                foldOf[i] = smallest;
            }
            sizes[smallest] += group.size();
        }
        return foldOf;
    }

    /** @return the id without its last part, after its last '-' or '_' (the whole id where it has none) */
    static String batchOf(String id) {
        int cut = Math.max(id.lastIndexOf('-'), id.lastIndexOf('_'));
        return cut <= 0 ? id : id.substring(0, cut);
    }

    /** Whether the background ads may add an indicator at a threshold: it is common in them, or the model adds it to few. */
    private static boolean fewAdded(List<BackgroundAd> background, double[][] scores, Indicator indicator, double threshold) {
        long found = background.stream().filter(b -> b.found().contains(indicator)).count();
        return found > RARE_IN_BACKGROUND * background.size()
                || addedTo(background, scores, indicator, threshold) <= MAX_BACKGROUND_SHARE * background.size();
    }

    /** How many background ads the model adds an indicator to at a threshold: ads the rules do not find it in. */
    private static int addedTo(List<BackgroundAd> background, double[][] scores, Indicator indicator, double threshold) {
        int added = 0;
        for (int i = 0; i < background.size(); i++) {
            if (!background.get(i).found().contains(indicator) && scores[i][indicator.ordinal()] >= threshold) {
                added++;
            }
        }
        return added;
    }

    /** The highest probability of each indicator over an ad's passages. */
    private static double[] highest(Fit fit, List<Passage> passages) {
        double[] highest = new double[Indicator.values().length];
        for (Passage p : passages) {
            SparseVector v = fit.vectorizer().vector(p.text());
            fit.byIndicator().forEach((indicator, scorer) ->
                    highest[indicator.ordinal()] = Math.max(highest[indicator.ordinal()], scorer.probability(v)));
        }
        return highest;
    }

    /**
     * Whether the rules joined by the model stay precise enough: at {@link #MIN_PRECISION} or more, at most
     * {@link #MAX_PRECISION_LOSS} under the rules alone, and with the model's own finds right at {@link #MIN_OWN_PRECISION} or
     * more.
     *
     * @param rules what the rules alone find
     * @param withModel what the rules and the model find together
     */
    static boolean preciseEnough(Found rules, Found withModel) {
        return withModel.precision() >= Math.max(MIN_PRECISION, rules.precision() - MAX_PRECISION_LOSS)
                && withModel.addedTo(rules).precision() >= MIN_OWN_PRECISION;
    }

    /** How often an indicator is found rightly and wrongly, and missed, over held-out ads. */
    record Found(int right, int wrong, int missed) {

        /**
         * Counts the finds of the rules joined by the model's at this threshold, the rules' vetoable finds dropped where the
         * ad's highest score is under the veto (0 for none).
         */
        static Found count(List<TrainingAd> ads, double[][] heldOut, Indicator indicator, double threshold, double veto) {
            int right = 0;
            int wrong = 0;
            int missed = 0;
            for (int i = 0; i < ads.size(); i++) {
                TrainingAd ad = ads.get(i);
                double score = heldOut[i][indicator.ordinal()];
                boolean byRules = ad.found().contains(indicator) && (score >= veto || !ad.vetoable().contains(indicator));
                boolean found = byRules || score >= threshold;
                boolean marked = ad.marked().contains(indicator);
                if (found && marked) {
                    right++;
                } else if (found) {
                    wrong++;
                } else if (marked) {
                    missed++;
                }
            }
            return new Found(right, wrong, missed);
        }

        /**
         * @param rules what the rules alone find, a part of these finds
         * @return the finds these add to the rules': right, wrong, and missed as after adding them
         */
        Found addedTo(Found rules) {
            return new Found(right - rules.right, wrong - rules.wrong, missed);
        }

        /** @return the share of the finds that are right; 1 where there are none */
        double precision() {
            return right + wrong == 0 ? 1 : (double) right / (right + wrong);
        }

        double f1() {
            return right == 0 ? 0 : 2.0 * right / (2.0 * right + wrong + missed);
        }
    }

    /**
     * Fits a scorer per indicator. The n-grams are those of the passages annotated for every indicator, so that ads focused
     * on one indicator change no other indicator's scorer.
     */
    private Fit fit(List<Passage> passages, Set<Indicator> indicators) {
        NgramVectorizer vectorizer = NgramVectorizer.fit(passages.stream().filter(Passage::annotatedForAll).map(Passage::text).toList(),
                settings.minDocuments());
        Feature[][] x = new Feature[passages.size()][];
        for (int i = 0; i < x.length; i++) {
            SparseVector v = vectorizer.vector(passages.get(i).text());
            x[i] = new Feature[v.columns().length];
            for (int j = 0; j < x[i].length; j++) {
                x[i][j] = new FeatureNode(v.columns()[j] + 1, v.values()[j]);
            }
        }
        Map<Indicator, IndicatorScorer> scorers = new EnumMap<>(Indicator.class);
        for (Indicator indicator : indicators) {
            scorers.put(indicator, logistic(x, passages, indicator, vectorizer.size()));
        }
        return new Fit(vectorizer, scorers);
    }

    /** A scorer whose threshold is yet to be chosen, fitted on the passages annotated for its indicator. */
    private IndicatorScorer logistic(Feature[][] x, List<Passage> passages, Indicator indicator, int columns) {
        List<Feature[]> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        int positives = 0;
        for (int i = 0; i < x.length; i++) {
            if (passages.get(i).annotatedFor().contains(indicator)) {
                boolean shows = passages.get(i).shows().contains(indicator);
                rows.add(x[i]);
                labels.add(shows ? 1.0 : -1.0);
                positives += shows ? 1 : 0;
            }
        }
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = columns + 1;
        problem.x = withBias(rows.toArray(Feature[][]::new), columns + 1);
        problem.y = labels.stream().mapToDouble(Double::doubleValue).toArray();
        problem.bias = 1;
        Parameter parameter = new Parameter(SolverType.L2R_LR, settings.cost(), 0.01);
        double n = rows.size();
        parameter.setWeights(new double[] {n / (2.0 * Math.max(1, positives)), n / (2.0 * Math.max(1, rows.size() - positives))},
                new int[] {1, -1});
        Model model = Linear.train(problem, parameter);
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == 1 ? 1 : -1;
        float[] weights = new float[columns];
        for (int j = 0; j < columns; j++) {
            weights[j] = (float) (sign * w[j]);
        }
        return new IndicatorScorer(weights, (float) (sign * w[columns]), Double.NaN);
    }

    /** LIBLINEAR's bias: one more feature, the same in every row. */
    private static Feature[][] withBias(Feature[][] x, int biasColumn) {
        Feature[][] withBias = new Feature[x.length][];
        for (int i = 0; i < x.length; i++) {
            withBias[i] = java.util.Arrays.copyOf(x[i], x[i].length + 1);
            withBias[i][x[i].length] = new FeatureNode(biasColumn, 1);
        }
        return withBias;
    }
}
