package org.redflag.models;

import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.redflag.RedflagException;
import org.redflag.ad.ContentHash;
import org.redflag.classify.ModelCard;
import org.redflag.classify.weka.WekaFeatureSchema;
import org.redflag.classify.weka.WekaRiskModel;
import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.tokenizers.NGramTokenizer;
import weka.filters.Filter;
import weka.filters.MultiFilter;
import weka.filters.supervised.instance.ClassBalancer;
import weka.filters.unsupervised.attribute.Remove;
import weka.filters.unsupervised.attribute.StringToWordVector;

/**
 * Trains risk models. Every model is one Weka {@code FilteredClassifier}: the ad's lemmas become
 * TF-IDF weighted words and word pairs ({@code StringToWordVector}), beside the indicator and
 * structure features; {@code ClassBalancer} weighs both classes alike (the cost-sensitive answer to
 * class imbalance); then the chosen learner. Training and scoring therefore apply the very same
 * transformation.
 *
 * <p>The decision threshold is chosen on validation data: every training ad is scored by a model
 * trained without its fold (5 folds, near-copies kept in one fold), the
 * threshold that maximises F1 on those out-of-fold scores is kept, and then the final model is
 * trained on all the training ads. The default learner is {@link ClassifierSpec#DEFAULT}.
 */
public final class RiskModelTrainer {

    /**
     * How to train.
     *
     * @param classifier the learner
     * @param wordsToKeep how many words and word pairs to keep
     * @param indicatorFeatures whether the model sees the indicator and structure features, not only the text
     * @param seed the seed of the validation split
     */
    public record Settings(ClassifierSpec classifier, int wordsToKeep, boolean indicatorFeatures, long seed) {

        /** @return the default settings */
        public static Settings defaults() {
            return new Settings(ClassifierSpec.DEFAULT, DEFAULT_WORDS, true, DEFAULT_SEED);
        }

        /** @return a one-line description, for model cards */
        public String describe() {
            return "StringToWordVector(TF-IDF, 1-2 grams, " + wordsToKeep + " words, length-normalised) "
                    + (indicatorFeatures ? "+ indicator and structure features " : "") + "+ ClassBalancer";
        }
    }

    /**
     * Where the training data came from, for the model card.
     *
     * @param files the data files
     * @param command the command that rebuilds the model
     */
    public record Provenance(List<ModelCard.DataFile> files, String command) {
    }

    private final Settings settings;
    private final Consumer<String> progress;

    /**
     * @param settings how to train
     * @param progress told what the trainer is doing
     */
    public RiskModelTrainer(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /**
     * @param ads the training ads with their features
     * @param featureNames the numeric features, in vector order
     * @param analyzer the analyser's name
     * @param provenance where the ads came from
     * @return the trained model, with its card
     */
    public WekaRiskModel train(List<FeaturizedAd> ads, List<String> featureNames, String analyzer, Provenance provenance) {
        requireBothClasses(ads);
        WekaFeatureSchema schema = new WekaFeatureSchema(featureNames);
        progress.accept("choosing the threshold by " + VALIDATION_FOLDS + "-fold cross-validation on the " + ads.size() + " ads");
        Validation v = validate(schema, ads);
        BinaryMetrics validation = v.metrics();
        double threshold = v.threshold();
        progress.accept(String.format("validation: F1 %.3f, PR-AUC %.3f at threshold %.3f; training on all %d ads",
                validation.f1(), validation.prAuc(), threshold, ads.size()));
        Classifier classifier = fit(schema, ads);
        Map<String, Integer> counts = new TreeMap<>();
        for (FeaturizedAd a : ads) {
            counts.merge(a.ad().label().code(), 1, Integer::sum);
        }
        Map<String, Double> metrics = new TreeMap<>(Map.of("validation.f1", validation.f1(),
                "validation.precision", validation.precision(), "validation.recall", validation.recall(),
                "validation.prAuc", validation.prAuc(), "validation.rocAuc", validation.rocAuc()));
        String created = OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String id = "redflag-" + created.substring(0, 10) + "-" + ContentHash.sha256(
                (settings.classifier().spec() + provenance.files() + created).getBytes(java.nio.charset.StandardCharsets.UTF_8)).substring(0, 8);
        ModelCard card = new ModelCard(id, settings.classifier().spec(), featureNames, settings.describe(), threshold,
                threshold / 2, provenance.files(), counts, metrics, versions(), analyzer, created, provenance.command(), null);
        return new WekaRiskModel(classifier, card);
    }

    /** How many words and word pairs the text model keeps by default, the most frequent first. */
    public static final int DEFAULT_WORDS = 10_000;

    /** The seed of the fold assignments unless told otherwise: the folds of the numbers in {@code models/README.md}. */
    public static final long DEFAULT_SEED = 42;

    /** How many folds the threshold is chosen on. */
    static final int VALIDATION_FOLDS = 5;

    /**
     * The decision threshold and the metrics behind it.
     *
     * @param threshold the risk that maximises F1 of the risky class on the out-of-fold scores
     * @param metrics the out-of-fold metrics at that threshold
     */
    record Validation(double threshold, BinaryMetrics metrics) {
    }

    /**
     * Chooses the decision threshold on validation data: every ad is scored by a model trained
     * without its fold (near-copies kept in one fold), so the threshold rests on all the ads, none of
     * them seen by the model that scored it.
     *
     * @param schema the features
     * @param ads the training ads
     * @return the threshold and the out-of-fold metrics
     */
    Validation validate(WekaFeatureSchema schema, List<FeaturizedAd> ads) {
        int[] fold = ModelEvaluator.assignFolds(ads, VALIDATION_FOLDS, settings.seed());
        double[] scores = new double[ads.size()];
        for (int k = 0; k < VALIDATION_FOLDS; k++) {
            ModelEvaluator.Fold f = ModelEvaluator.Fold.of(ads, fold, k);
            double[] s = score(fit(schema, f.train()), schema, f.heldAds(ads));
            for (int j = 0; j < s.length; j++) {
                scores[f.held().get(j)] = s[j];
            }
        }
        boolean[] labels = labels(ads);
        double threshold = BinaryMetrics.bestF1Threshold(scores, labels);
        return new Validation(threshold, BinaryMetrics.of(scores, labels, threshold));
    }

    /**
     * Trains a classifier with these settings on some ads, without choosing a threshold.
     *
     * @param schema the features
     * @param ads the ads
     * @return the classifier
     */
    Classifier fit(WekaFeatureSchema schema, List<FeaturizedAd> ads) {
        Instances data = instances(schema, ads);
        FilteredClassifier classifier = new FilteredClassifier();
        classifier.setFilter(filters(schema));
        classifier.setClassifier(settings.classifier().newClassifier());
        classifier.setDoNotCheckForModifiedClassAttribute(true);
        try {
            classifier.buildClassifier(data);
        } catch (Exception e) {
            throw new RedflagException("cannot train " + settings.classifier().spec() + ": " + e.getMessage(), e);
        }
        return classifier;
    }

    private Filter filters(WekaFeatureSchema schema) {
        StringToWordVector words = new StringToWordVector();
        words.setAttributeIndices("first");
        words.setWordsToKeep(settings.wordsToKeep());
        words.setDoNotOperateOnPerClassBasis(true);
        words.setLowerCaseTokens(true);
        words.setOutputWordCounts(true);
        words.setTFTransform(true);
        words.setIDFTransform(true);
        words.setMinTermFreq(2);
        words.setAttributeNamePrefix("w_");
        words.setNormalizeDocLength(new SelectedTag(StringToWordVector.FILTER_NORMALIZE_ALL, StringToWordVector.TAGS_FILTER));
        NGramTokenizer tokenizer = new NGramTokenizer();
        tokenizer.setNGramMinSize(1);
        tokenizer.setNGramMaxSize(2);
        tokenizer.setDelimiters(" \r\n\t");
        words.setTokenizer(tokenizer);
        List<Filter> chain = new ArrayList<>();
        if (!settings.indicatorFeatures()) {
            Remove remove = new Remove();
            // numeric features sit between the text (first) and the class (last)
            remove.setAttributeIndices("2-" + (schema.featureNames().size() + 1));
            chain.add(remove);
        }
        chain.add(words);
        chain.add(new ClassBalancer());
        MultiFilter multi = new MultiFilter();
        multi.setFilters(chain.toArray(new Filter[0]));
        return multi;
    }

    /**
     * @param classifier a trained classifier
     * @param schema its features
     * @param ads ads to score
     * @return their risks
     */
    static double[] score(Classifier classifier, WekaFeatureSchema schema, List<FeaturizedAd> ads) {
        Instances data = schema.emptyDataset(ads.size());
        double[] scores = new double[ads.size()];
        try {
            for (int i = 0; i < ads.size(); i++) {
                data.add(schema.instance(ads.get(i).features(), null, data));
                scores[i] = classifier.distributionForInstance(data.lastInstance())[1];
            }
        } catch (Exception e) {
            throw new RedflagException("cannot score ads: " + e.getMessage(), e);
        }
        return scores;
    }

    static boolean[] labels(List<FeaturizedAd> ads) {
        boolean[] labels = new boolean[ads.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = ads.get(i).risky();
        }
        return labels;
    }

    /**
     * @param schema the features
     * @param ads the ads
     * @return them as a Weka data set, class set
     */
    static Instances instances(WekaFeatureSchema schema, List<FeaturizedAd> ads) {
        Instances data = schema.emptyDataset(ads.size());
        for (FeaturizedAd a : ads) {
            data.add(schema.instance(a.features(), a.risky(), data));
        }
        return data;
    }

    private static void requireBothClasses(List<FeaturizedAd> ads) {
        requireBothClasses(ads, "training", "");
    }

    /**
     * @param ads the ads a learner is to be trained on
     * @param what the training they are for, for the message: "training", "fold 2 of 3: training"
     * @param remedy what to do about too few, for the message; empty or starting with "; "
     * @throws RedflagException when they hold fewer than 5 risky or 5 legitimate ads
     */
    static void requireBothClasses(List<FeaturizedAd> ads, String what, String remedy) {
        long risky = ads.stream().filter(FeaturizedAd::risky).count();
        if (risky < 5 || ads.size() - risky < 5) {
            throw new RedflagException(what + " needs at least 5 risky and 5 legitimate ads; got " + risky
                    + " risky and " + (ads.size() - risky) + " legitimate" + remedy);
        }
    }

    /** @return the versions of Redflag, Weka, CoreNLP and Java */
    static Map<String, String> versions() {
        Properties p = new Properties();
        try (InputStream in = RiskModelTrainer.class.getResourceAsStream("versions.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> v = new TreeMap<>();
        p.forEach((k, val) -> v.put(k.toString(), val.toString()));
        v.put("weka", weka.core.Version.VERSION);
        v.put("java", System.getProperty("java.version"));
        return v;
    }
}
