package org.redflag.classify.weka;

import weka.classifiers.AbstractClassifier;
import weka.classifiers.Classifier;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.SparseInstance;

/**
 * Hands a trained classifier each sparse instance as an {@link IndexedSparseInstance}: the same
 * values, so the same scores, but read by attribute index in constant time. It stands in for the
 * learner inside a scoring copy of a {@code FilteredClassifier}, whose text filter makes sparse
 * instances of thousands of attributes; it is never trained nor saved. Like the copy it belongs to, it
 * scores one instance at a time: the dense values of each instance go in one buffer, cleared after.
 */
final class IndexedInstanceClassifier extends AbstractClassifier {

    private static final long serialVersionUID = 1L;

    private final Classifier trained;
    /** Zeros between two scorings; grown to the attributes of the instances scored. */
    private double[] buffer = new double[0];

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
        if (!(instance instanceof SparseInstance sparse)) {
            return trained.distributionForInstance(instance);
        }
        IndexedSparseInstance indexed = indexed(sparse);
        try {
            return trained.distributionForInstance(indexed);
        } finally {
            indexed.release();
        }
    }

    @Override
    public double classifyInstance(Instance instance) throws Exception {
        if (!(instance instanceof SparseInstance sparse)) {
            return trained.classifyInstance(instance);
        }
        IndexedSparseInstance indexed = indexed(sparse);
        try {
            return trained.classifyInstance(indexed);
        } finally {
            indexed.release();
        }
    }

    private IndexedSparseInstance indexed(SparseInstance sparse) {
        if (buffer.length < sparse.numAttributes()) {
            buffer = new double[sparse.numAttributes()];
        }
        return new IndexedSparseInstance(sparse, buffer);
    }
}
