package org.redflag.classify.weka;

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
 */
public final class WekaRiskModel implements RiskModel {

    static {
        WekaSetup.ensure();
    }

    private final Classifier classifier;
    private final ModelCard card;
    private final WekaFeatureSchema schema;
    private final Queue<Scorer> idle = new ConcurrentLinkedQueue<>();

    /** A classifier of its own and a one-instance data set, for one scoring at a time. */
    private record Scorer(Classifier classifier, Instances dataset) {
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

    /**
     * A deep copy: the classifier itself is never scored with, so copying it is safe at any time. The learner
     * behind a filter reads the filtered, sparse instances by attribute index in constant time.
     */
    private Scorer newScorer() {
        try {
            Classifier copy = AbstractClassifier.makeCopy(classifier);
            if (copy instanceof FilteredClassifier filtered) {
                filtered.setClassifier(new IndexedInstanceClassifier(filtered.getClassifier()));
            }
            // a string attribute keeps its values: each scorer needs its own, not the schema's shared one
            return new Scorer(copy, schema.emptyDataset(1).stringFreeStructure());
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
        Scorer scorer = idle.poll();
        if (scorer == null) {
            scorer = newScorer();
        }
        Instances dataset = scorer.dataset();
        try {
            dataset.delete();
            Instance instance = schema.instance(features, null, dataset);
            dataset.add(instance);
            double[] distribution = scorer.classifier().distributionForInstance(dataset.instance(0));
            double risk = distribution[1];
            return Double.isNaN(risk) ? 0.0 : Math.max(0.0, Math.min(1.0, risk));
        } catch (Exception e) {
            throw new RedflagException("model " + card.id() + " cannot score the ad: " + e.getMessage(), e);
        } finally {
            // the string attribute keeps every value it has seen: reset it so memory stays flat
            dataset.delete();
            dataset.attribute(0).setStringValue("");
            idle.offer(scorer);
        }
    }

    @Override
    public ModelCard card() {
        return card;
    }
}
