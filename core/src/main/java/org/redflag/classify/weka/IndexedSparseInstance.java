package org.redflag.classify.weka;

import weka.core.SparseInstance;

/**
 * A sparse instance that answers {@link #value(int)} in constant time. Weka's {@code SparseInstance}
 * finds an attribute's value by a binary search over its non-zero values; a learner that asks for
 * attributes one by one (a decision tree at each of its nodes, so a forest thousands of times an ad)
 * spends most of its time there. This instance holds the same values in the same arrays, plus a dense
 * copy indexed by attribute, so every method returns exactly what the sparse instance would.
 *
 * <p>The dense copy lives in a buffer of the scorer's, lent for one scoring: {@link #release()} gives it back
 * (cleared) and, like any change to the values, drops it, so the instance answers as a plain sparse one from
 * then on. A copy ({@link #copy()}) is a plain {@code SparseInstance}.
 */
final class IndexedSparseInstance extends SparseInstance {

    private static final long serialVersionUID = 1L;

    /** The value of every attribute by index, null once the instance has been changed. */
    private transient double[] byAttribute;

    /**
     * @param sparse the instance to view; shares its values, which are never changed through this view
     * @param buffer zeros, at least one per attribute of the instance, for the dense copy until {@link #release()}
     */
    IndexedSparseInstance(SparseInstance sparse, double[] buffer) {
        super(sparse);
        setDataset(sparse.dataset());
        for (int i = 0; i < sparse.numValues(); i++) {
            buffer[sparse.index(i)] = sparse.valueSparse(i);
        }
        byAttribute = buffer;
    }

    /** Clears the buffer and gives it back: from now on the instance answers as a plain sparse one. */
    void release() {
        double[] values = byAttribute;
        byAttribute = null;
        if (values != null) {
            for (int i = 0; i < numValues(); i++) {
                values[index(i)] = 0.0;
            }
        }
    }

    @Override
    public double value(int attIndex) {
        double[] values = byAttribute;
        return values == null ? super.value(attIndex) : values[attIndex];
    }

    @Override
    public void setValue(int attIndex, double value) {
        release();
        super.setValue(attIndex, value);
    }

    @Override
    public void setValueSparse(int indexOfIndex, double value) {
        release();
        super.setValueSparse(indexOfIndex, value);
    }

    @Override
    public void replaceMissingValues(double[] array) {
        release();
        super.replaceMissingValues(array);
    }

    @Override
    protected void forceDeleteAttributeAt(int position) {
        release();
        super.forceDeleteAttributeAt(position);
    }

    @Override
    protected void forceInsertAttributeAt(int position) {
        release();
        super.forceInsertAttributeAt(position);
    }
}
