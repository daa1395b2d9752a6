package org.redflag.classify.weka;

import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.redflag.RedflagException;
import org.redflag.classify.ModelCard;
import org.redflag.classify.RiskModel;
import org.redflag.features.FeatureVector;
import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A Weka classifier with its card. Weka's filters keep state while they transform an instance,
 * so concurrent scorings each take a copy of the classifier (about the size of the model file)
 * from a pool instead of waiting for one another; there are never more copies than scorings that
 * ran at the same time.
 *
 * <p>A copy scores by shortcuts that give the very same risks as Weka (bit for bit: {@code ScoringEquivalenceTest}):
 * the learner behind a {@code FilteredClassifier} reads the filtered, sparse instance by attribute index in
 * constant time ({@link IndexedInstanceClassifier}), and the text filter of a Redflag-trained model is applied
 * straight from the features ({@link WordVectorizer}) when the model's filter is that one.
 */
public final class WekaRiskModel implements RiskModel {

    static {
        WekaSetup.ensure();
    }

    private final Classifier classifier;
    private final ModelCard card;
    private final WekaFeatureSchema schema;
    private final Queue<Scorer> idle = new ConcurrentLinkedQueue<>();

    /**
     * A classifier of its own and a one-instance data set, for one scoring at a time.
     *
     * @param classifier a copy of the model's classifier
     * @param dataset the data set of the instances it scores
     * @param words the copy's text filter, applied straight to the features; null when Weka's filter applies it
     * @param learner the copy's learner behind that filter; null with it
     */
    private record Scorer(Classifier classifier, Instances dataset, WordVectorizer words, Classifier learner) {
    }

    /**
     * @param classifier a classifier trained on instances of {@link WekaFeatureSchema} with the card's features
     * @param card the model's card
     */
    public WekaRiskModel(Classifier classifier, ModelCard card) {
        this.classifier = classifier;
        this.card = card;
        this.schema = new WekaFeatureSchema(card.featureNames());
    }

    /** A deep copy: the classifier itself is never scored with, so copying it is safe at any time. */
    private Scorer newScorer() {
        try {
            Classifier copy = AbstractClassifier.makeCopy(classifier);
            WordVectorizer words = null;
            Classifier learner = null;
            if (copy instanceof FilteredClassifier filtered) {
                learner = new IndexedInstanceClassifier(filtered.getClassifier());
                filtered.setClassifier(learner);
                words = WordVectorizer.of(filtered, schema).orElse(null);
            }
            // a string attribute keeps its values: each scorer needs its own, not the schema's shared one
            return new Scorer(copy, schema.emptyDataset(1).stringFreeStructure(), words, words == null ? null : learner);
        } catch (Exception e) {
            throw new RedflagException("model " + card.id() + " cannot be copied for a scoring thread: " + e.getMessage(), e);
        }
    }

    /** @return the Weka classifier */
    public Classifier classifier() {
        return classifier;
    }

    @Override
    public double risk(FeatureVector features) {
        Scorer scorer = scorer();
        try {
            double risk = distribution(scorer, features)[1];
            return Double.isNaN(risk) ? 0.0 : Math.max(0.0, Math.min(1.0, risk));
        } catch (Exception e) {
            throw new RedflagException("model " + card.id() + " cannot score the ad: " + e.getMessage(), e);
        } finally {
            idle.offer(scorer);
        }
    }

    /**
     * Scores an ad as {@link #risk} does, but hands back the whole class distribution and Weka's own failure:
     * for checking, when a model is read, that its classifier scores ads at all ({@link ClassifierFit}).
     *
     * @param features an ad's features
     * @return the class distribution the classifier gives it
     * @throws Exception whatever the classifier throws
     */
    double[] distribution(FeatureVector features) throws Exception {
        Scorer scorer = scorer();
        try {
            return distribution(scorer, features);
        } finally {
            idle.offer(scorer);
        }
    }

    /** @return the schema of the features the card names */
    WekaFeatureSchema schema() {
        return schema;
    }

    private Scorer scorer() {
        Scorer scorer = idle.poll();
        return scorer != null ? scorer : newScorer();
    }

    /** @return the class distribution the scorer's classifier gives the ad */
    private double[] distribution(Scorer scorer, FeatureVector features) throws Exception {
        if (scorer.words() != null) {
            Optional<Instance> filtered = scorer.words().vectorize(features);
            if (filtered.isPresent()) {
                return scorer.learner().distributionForInstance(filtered.get());
            }
        }
        Instances dataset = scorer.dataset();
        try {
            dataset.delete();
            dataset.add(schema.instance(features, null, dataset));
            return scorer.classifier().distributionForInstance(dataset.instance(0));
        } finally {
            // the string attribute keeps every value it has seen: reset it so memory stays flat
            dataset.delete();
            dataset.attribute(0).setStringValue("");
        }
    }

    @Override
    public ModelCard card() {
        return card;
    }
}
