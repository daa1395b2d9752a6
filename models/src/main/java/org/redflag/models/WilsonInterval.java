package org.redflag.models;

/**
 * The 95 % Wilson score interval of a proportion: how far a precision measured on few finds may lie from the one a larger
 * sample would show. It stays inside 0 to 1 and is sound for small counts, where the normal approximation is not: 4 right
 * finds of 7 give 0.57, with a 95 % interval of 0.25 to 0.84.
 *
 * @param low the interval's lower end (0 where nothing succeeded)
 * @param high the interval's upper end (1 where everything did)
 */
public record WilsonInterval(double low, double high) {

    private static final double Z = 1.959964;

    /** @throws IllegalArgumentException where the ends do not bound a proportion, low first */
    public WilsonInterval {
        if (!(0 <= low && low <= high && high <= 1)) {
            throw new IllegalArgumentException("not an interval of a proportion: " + low + " to " + high);
        }
    }

    /**
     * @param successes how many of the trials succeeded
     * @param trials how many trials there were
     * @return the interval; 0 to 1 where there were no trials
     */
    public static WilsonInterval of(int successes, int trials) {
        if (successes < 0 || successes > trials) {
            throw new IllegalArgumentException(successes + " successes of " + trials + " trials");
        }
        if (trials == 0) {
            return new WilsonInterval(0, 1);
        }
        double p = (double) successes / trials;
        double z2 = Z * Z;
        double denominator = 1 + z2 / trials;
        double centre = (p + z2 / (2.0 * trials)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials)) / denominator;
        return new WilsonInterval(successes == 0 ? 0 : centre - half, successes == trials ? 1 : centre + half);
    }
}
