package org.redflag.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.SparseInstance;
import weka.core.Utils;

class IndexedSparseInstanceTest {

    private static SparseInstance sparse() {
        return new SparseInstance(1.5, new double[] {0, 2.5, 0, 0, Utils.missingValue(), -1, 0});
    }

    @Test
    void answersEveryAttributeAsTheSparseInstanceDoes() {
        SparseInstance sparse = sparse();
        Instance indexed = IndexedSparseInstance.indexed(sparse);
        assertThat(indexed).isInstanceOf(IndexedSparseInstance.class);
        assertThat(indexed.numValues()).isEqualTo(sparse.numValues());
        assertThat(indexed.weight()).isEqualTo(1.5);
        for (int i = 0; i < sparse.numAttributes(); i++) {
            assertThat(Double.doubleToLongBits(indexed.value(i))).as("attribute %d", i).isEqualTo(Double.doubleToLongBits(sparse.value(i)));
            assertThat(indexed.isMissing(i)).isEqualTo(sparse.isMissing(i));
        }
    }

    @Test
    void aChangedInstanceAnswersWithItsNewValues() {
        Instance indexed = IndexedSparseInstance.indexed(sparse());
        indexed.setValue(2, 7.0);
        indexed.setMissing(1);
        assertThat(indexed.value(2)).isEqualTo(7.0);
        assertThat(indexed.isMissing(1)).isTrue();
        assertThat(indexed.value(5)).isEqualTo(-1.0);
    }

    @Test
    void aDenseInstanceIsHandedOverAsItIs() {
        Instance dense = new DenseInstance(1.0, new double[] {1, 2});
        assertThat(IndexedSparseInstance.indexed(dense)).isSameAs(dense);
    }
}
