package org.redflag.classify.weka;

import weka.core.Instance;
import weka.core.SparseInstance;

/**
 * A sparse instance that answers {@link #value(int)} in constant time. Weka's {@code SparseInstance}
 * finds an attribute's value by a binary search over its non-zero values; a learner that asks for
 * attributes one by one (a decision tree at each of its nodes, so a forest thousands of times an ad)
 * spends most of its time there. This instance holds the same values in the same arrays, plus a dense
 * copy indexed by attribute, so every method returns exactly what the sparse instance would.
 *
 * <p>Any change to the values drops the dense copy, and the instance answers as a plain sparse one from
 * then on. A copy ({@link #copy()}) is a plain {@code SparseInstance}.
 */
final class IndexedSparseInstance extends SparseInstance {

    private static final long serialVersionUID = 1L;

    /** The value of every attribute by index, null once the instance has been changed. */
    private transient double[] byAttribute;

    /** @param sparse the instance to view; shares its values, which are never changed through this view */
    IndexedSparseInstance(SparseInstance sparse) {
        super(sparse);
        setDataset(sparse.dataset());
        double[] values = new double[sparse.numAttributes()];
        for (int i = 0; i < sparse.numValues(); i++) {
            values[sparse.index(i)] = sparse.valueSparse(i);
        }
        byAttribute = values;
    }

    /**
     * @param instance an instance, as a filter handed it over
     * @return the same values, indexed when it is sparse; the instance itself otherwise
     */
    static Instance indexed(Instance instance) {
        return instance instanceof SparseInstance sparse && !(instance instanceof IndexedSparseInstance)
                ? new IndexedSparseInstance(sparse) : instance;
    }

    @Override
    public double value(int attIndex) {
        double[] values = byAttribute;
        return values == null ? super.value(attIndex) : values[attIndex];
    }

    @Override
    public void setValue(int attIndex, double value) {
        byAttribute = null;
        super.setValue(attIndex, value);
    }

    @Override
    public void setValueSparse(int indexOfIndex, double value) {
        byAttribute = null;
        super.setValueSparse(indexOfIndex, value);
    }

    @Override
    public void replaceMissingValues(double[] array) {
        byAttribute = null;
        super.replaceMissingValues(array);
    }

    @Override
    protected void forceDeleteAttributeAt(int position) {
        byAttribute = null;
        super.forceDeleteAttributeAt(position);
    }

    @Override
    protected void forceInsertAttributeAt(int position) {
        byAttribute = null;
        super.forceInsertAttributeAt(position);
    }
}
