package org.redflag.classify.weka;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;

/**
 * Hands a trained classifier each sparse instance as an {@link IndexedSparseInstance}: the same
 * values, so the same scores, but read by attribute index in constant time. It stands in for the
 * learner inside a scoring copy of a {@code FilteredClassifier}, whose text filter makes sparse
 * instances of thousands of attributes; it is never trained nor saved.
 */
final class IndexedInstanceClassifier extends AbstractClassifier {

    private static final long serialVersionUID = 1L;

    private final Classifier trained;

    /** @param trained the classifier that scores */
    IndexedInstanceClassifier(Classifier trained) {
        this.trained = trained;
    }

    @Override
    public void buildClassifier(Instances data) {
        throw new UnsupportedOperationException("a scoring view of " + trained.getClass().getName() + " is never trained");
    }

    @Override
    public double[] distributionForInstance(Instance instance) throws Exception {
        return trained.distributionForInstance(IndexedSparseInstance.indexed(instance));
    }

    @Override
    public double classifyInstance(Instance instance) throws Exception {
        return trained.classifyInstance(IndexedSparseInstance.indexed(instance));
    }
}
