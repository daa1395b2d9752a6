package org.redflag.classify.weka;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import weka.core.SparseInstance;
import weka.core.Utils;

class IndexedSparseInstanceTest {

    private static SparseInstance sparse() {
        return new SparseInstance(1.5, new double[] {0, 2.5, 0, 0, Utils.missingValue(), -1, 0});
    }

    private static void assertSameValues(SparseInstance indexed, SparseInstance sparse) {
        assertThat(indexed.numValues()).isEqualTo(sparse.numValues());
        assertThat(indexed.weight()).isEqualTo(sparse.weight());
        for (int i = 0; i < sparse.numAttributes(); i++) {
            assertThat(Double.doubleToLongBits(indexed.value(i))).as("attribute %d", i).isEqualTo(Double.doubleToLongBits(sparse.value(i)));
            assertThat(indexed.isMissing(i)).isEqualTo(sparse.isMissing(i));
        }
    }

    @Test
    void answersEveryAttributeAsTheSparseInstanceDoes() {
        SparseInstance sparse = sparse();
        assertSameValues(new IndexedSparseInstance(sparse, new double[10]), sparse);
    }

    @Test
    void releasedItClearsTheBufferAndStillAnswersTheSame() {
        SparseInstance sparse = sparse();
        double[] buffer = new double[7];
        IndexedSparseInstance indexed = new IndexedSparseInstance(sparse, buffer);
        indexed.release();
        assertThat(buffer).containsOnly(0.0);
        assertSameValues(indexed, sparse);
    }

    @Test
    void aChangedInstanceAnswersWithItsNewValuesAndClearsTheBuffer() {
        double[] buffer = new double[7];
        IndexedSparseInstance indexed = new IndexedSparseInstance(sparse(), buffer);
        indexed.setValue(2, 7.0);
        indexed.setMissing(1);
        assertThat(buffer).containsOnly(0.0);
        assertThat(indexed.value(2)).isEqualTo(7.0);
        assertThat(indexed.isMissing(1)).isTrue();
        assertThat(indexed.value(5)).isEqualTo(-1.0);
    }
}
