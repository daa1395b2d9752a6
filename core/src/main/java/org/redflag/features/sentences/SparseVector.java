package org.redflag.features.sentences;

/**
 * A vector that stores only its non-zero entries.
 *
 * @param columns the columns of the non-zero entries, ascending
 * @param values their values
 */
public record SparseVector(int[] columns, float[] values) {

    /**
     * @param weights one weight per column
     * @return the dot product with these weights
     */
    public double dot(float[] weights) {
        double sum = 0;
        for (int i = 0; i < columns.length; i++) {
            sum += weights[columns[i]] * (double) values[i];
        }
        return sum;
    }
}
