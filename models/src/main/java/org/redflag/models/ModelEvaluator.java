package org.redflag.models;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.redflag.RedflagException;
import org.redflag.classify.weka.WekaFeatureSchema;
import org.redflag.classify.weka.WekaRiskModel;
import org.redflag.corpus.NearDuplicates;
import weka.classifiers.Classifier;

/**
 * Measures risk models: a trained model on held-out ads, or a learner by k-fold cross-validation
 * that is stratified by class and grouped, so that near-copies of an ad never sit on both sides.
 * In each fold the threshold is chosen on validation data inside the training folds, never on the
 * fold being tested.
 */
public final class ModelEvaluator {

    private final Consumer<String> progress;

    /** @param progress told what the evaluator is doing */
    public ModelEvaluator(Consumer<String> progress) {
        this.progress = progress;
    }

    /**
     * @param model a trained model
     * @param ads the ads to measure it on, held out from its training unless {@code seenInTraining} says otherwise
     * @param seenInTraining how many of them the model was trained on: the evaluation is "held-out" only when none
     * @return the metrics at the model's threshold
     */
    public Evaluation onAds(WekaRiskModel model, List<FeaturizedAd> ads, int seenInTraining) {
        double[] scores = new double[ads.size()];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = model.risk(ads.get(i).features());
        }
        String method = seenInTraining == 0 ? "held-out" : "not held out: " + seenInTraining + " of the " + ads.size()
                + " ads were in the model's training data";
        return new Evaluation(method, model.card().id(),
                BinaryMetrics.of(scores, RiskModelTrainer.labels(ads), model.card().highThreshold()), IndicatorMetrics.of(ads),
                Curves.of(scores, RiskModelTrainer.labels(ads)), seenInTraining);
    }

    /**
     * @param ads the ads
     * @param featureNames the numeric features
     * @param settings how to train in each fold
     * @param folds how many folds
     * @return the metrics over all folds' predictions
     */
    public Evaluation crossValidate(List<FeaturizedAd> ads, List<String> featureNames, RiskModelTrainer.Settings settings,
                                    int folds) {
        if (folds < 2 || folds > ads.size()) {
            throw new RedflagException("folds must lie between 2 and the number of ads (" + ads.size() + ")");
        }
        int[] fold = assignFolds(ads, folds, settings.seed());
        for (int k = 0; k < folds; k++) { // before any fold is trained, and in Redflag's words, not Weka's
            RiskModelTrainer.requireBothClasses(Fold.of(ads, fold, k).train(), "cross-validation fold " + (k + 1) + " of "
                    + folds + ": training", "; give more ads or fewer folds");
        }
        WekaFeatureSchema schema = new WekaFeatureSchema(featureNames);
        RiskModelTrainer trainer = new RiskModelTrainer(settings, s -> { });
        double[] scores = new double[ads.size()];
        boolean[] predicted = new boolean[ads.size()];
        for (int k = 0; k < folds; k++) {
            Fold f = Fold.of(ads, fold, k);
            progress.accept("fold " + (k + 1) + " of " + folds + ": training on " + f.train().size() + ", testing on "
                    + f.held().size());
            double threshold = trainer.validate(schema, f.train()).threshold();
            Classifier model = trainer.fit(schema, f.train());
            double[] s = RiskModelTrainer.score(model, schema, f.heldAds(ads));
            for (int j = 0; j < s.length; j++) {
                scores[f.held().get(j)] = s[j];
                predicted[f.held().get(j)] = s[j] >= threshold;
            }
        }
        boolean[] labels = RiskModelTrainer.labels(ads);
        // each fold has its own threshold: score the pooled decisions, and the pooled scores for the curves
        BinaryMetrics pooled = BinaryMetrics.of(scores, labels, 0.5);
        int tp = 0, fp = 0, tn = 0, fn = 0;
        for (int i = 0; i < labels.length; i++) {
            if (predicted[i] && labels[i]) tp++;
            else if (predicted[i]) fp++;
            else if (labels[i]) fn++;
            else tn++;
        }
        double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        BinaryMetrics metrics = new BinaryMetrics(ads.size(), Double.NaN, precision, recall, f1, pooled.rocAuc(),
                pooled.prAuc(), tp, fp, tn, fn, pooled.calibration());
        return new Evaluation(folds + "-fold cross-validation, stratified, near-copies grouped",
                settings.classifier().spec() + (settings.indicatorFeatures() ? "" : " (text features only)"),
                metrics, IndicatorMetrics.of(ads), Curves.of(scores, labels));
    }

    /**
     * One fold of a cross-validation.
     *
     * @param train the ads of every other fold
     * @param held the indexes of this fold's ads
     */
    record Fold(List<FeaturizedAd> train, List<Integer> held) {

        static Fold of(List<FeaturizedAd> ads, int[] fold, int k) {
            List<FeaturizedAd> train = new ArrayList<>();
            List<Integer> held = new ArrayList<>();
            for (int i = 0; i < ads.size(); i++) {
                if (fold[i] == k) held.add(i);
                else train.add(ads.get(i));
            }
            return new Fold(train, held);
        }

        List<FeaturizedAd> heldAds(List<FeaturizedAd> ads) {
            return held.stream().map(ads::get).toList();
        }
    }

    /** Assigns whole near-copy groups to folds, risky and legitimate groups dealt round separately. */
    static int[] assignFolds(List<FeaturizedAd> ads, int folds, long seed) {
        int[] group = NearDuplicates.groups(ads.stream().map(a -> a.ad().ad().description()).toList(),
                NearDuplicates.DEFAULT_THRESHOLD);
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < group.length; i++) {
            members.computeIfAbsent(group[i], g -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> risky = new ArrayList<>();
        List<List<Integer>> legit = new ArrayList<>();
        for (List<Integer> m : members.values()) {
            (ads.get(m.get(0)).risky() ? risky : legit).add(m);
        }
        Random random = new Random(seed);
        int[] fold = new int[ads.size()];
        for (List<List<Integer>> groups : List.of(risky, legit)) {
            groups.sort((a, b) -> Integer.compare(a.get(0), b.get(0)));
            java.util.Collections.shuffle(groups, random);
            int k = 0;
            for (List<Integer> g : groups) {
                for (int i : g) {
                    fold[i] = k;
                }
                k = (k + 1) % folds;
            }
        }
        return fold;
    }
}
