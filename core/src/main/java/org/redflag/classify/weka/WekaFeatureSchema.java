package org.redflag.classify.weka;

import java.util.ArrayList;
import java.util.List;
import org.redflag.features.FeatureVector;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;

/**
 * The Weka view of a {@link FeatureVector}: one string attribute for the lemmatised text, one
 * numeric attribute per named feature, and the nominal class {legitimate, risky}. Training and
 * scoring both build their instances here, so both see the very same attributes.
 */
public final class WekaFeatureSchema {

    static {
        WekaSetup.ensure();
    }

    /** Name of the text attribute. */
    public static final String TEXT = "text";
    /** Name of the class attribute. */
    public static final String CLASS = "class";
    /** Class value of an ad that is neither exploitative nor fraudulent. */
    public static final String LEGITIMATE = "legitimate";
    /** Class value of an exploitative or fraudulent ad. */
    public static final String RISKY = "risky";

    private final List<String> featureNames;
    private final Instances header;

    /** @param featureNames the numeric features, in vector order */
    public WekaFeatureSchema(List<String> featureNames) {
        this.featureNames = List.copyOf(featureNames);
        ArrayList<Attribute> attributes = new ArrayList<>();
        attributes.add(new Attribute(TEXT, (List<String>) null));
        for (String name : featureNames) {
            attributes.add(new Attribute(name));
        }
        attributes.add(new Attribute(CLASS, List.of(LEGITIMATE, RISKY)));
        header = new Instances("redflag-ads", attributes, 0);
        header.setClassIndex(attributes.size() - 1);
    }

    /** @return the numeric features, in order */
    public List<String> featureNames() {
        return featureNames;
    }

    /** @return a new empty data set with this schema */
    public Instances emptyDataset(int capacity) {
        return new Instances(header, capacity);
    }

    /**
     * @param features an ad's features
     * @param risky the ad's class, or null when unknown
     * @param dataset the data set the instance will belong to (its string values live there)
     * @return the instance
     */
    public Instance instance(FeatureVector features, Boolean risky, Instances dataset) {
        double[] values = new double[featureNames.size() + 2];
        values[0] = dataset.attribute(0).addStringValue(features.text());
        System.arraycopy(numericValues(features), 0, values, 1, featureNames.size());
        values[values.length - 1] = risky == null ? weka.core.Utils.missingValue() : (risky ? 1 : 0);
        Instance instance = new DenseInstance(1.0, values);
        instance.setDataset(dataset);
        return instance;
    }

    /**
     * @param features an ad's features
     * @return the values of the numeric attributes, in order; 0 for a feature the vector lacks
     */
    double[] numericValues(FeatureVector features) {
        double[] values = new double[featureNames.size()];
        for (int i = 0; i < values.length; i++) {
            Double v = features.values().get(featureNames.get(i));
            values[i] = v == null ? 0.0 : v;
        }
        return values;
    }
}
