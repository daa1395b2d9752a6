package org.redflag.classify.weka;

import org.redflag.RedflagException;
import org.redflag.classify.ModelCard;
import org.redflag.classify.RiskModel;
import org.redflag.features.FeatureVector;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * A Weka classifier with its card. Weka's filters keep state while they transform an instance,
 * so scoring is serialized on the model: cheap next to the analysis that precedes it.
 */
public final class WekaRiskModel implements RiskModel {

    static {
        WekaSetup.ensure();
    }

    private final Classifier classifier;
    private final ModelCard card;
    private final WekaFeatureSchema schema;
    private final Instances dataset;

    /**
     * @param classifier a classifier trained on instances of {@link WekaFeatureSchema} with the card's features
     * @param card the model's card
     */
    public WekaRiskModel(Classifier classifier, ModelCard card) {
        this.classifier = classifier;
        this.card = card;
        this.schema = new WekaFeatureSchema(card.featureNames());
        this.dataset = schema.emptyDataset(1);
    }

    /** @return the Weka classifier */
    public Classifier classifier() {
        return classifier;
    }

    @Override
    public synchronized double risk(FeatureVector features) {
        dataset.delete();
        Instance instance = schema.instance(features, null, dataset);
        dataset.add(instance);
        try {
            double[] distribution = classifier.distributionForInstance(dataset.instance(0));
            double risk = distribution[1];
            return Double.isNaN(risk) ? 0.0 : Math.max(0.0, Math.min(1.0, risk));
        } catch (Exception e) {
            throw new RedflagException("model " + card.id() + " cannot score the ad: " + e.getMessage(), e);
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
