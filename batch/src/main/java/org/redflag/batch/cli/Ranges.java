package org.redflag.batch.cli;

import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The ranges of the numeric options, as picocli converters: a number out of its option's range is bad usage, told
 * in one line as picocli reads the command line, before any work starts. Name one with the option's
 * {@code converter}, e.g. {@code @Option(names = "--limit", converter = Ranges.AtLeastOne.class)}; an int or long option
 * that names none is read by {@link AnyInt} or {@link AnyLong} ({@link #wholeNumbersInPlainWords}).
 */
final class Ranges {

    /** A whole number, maybe with more digits than a long holds. */
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");

    private Ranges() {
    }

    /** A whole number of at least a least value, that an int holds. */
    abstract static class WholeNumber implements ITypeConverter<Integer> {
        private final int least;
        private final String why;

        /**
         * @param least the least value allowed
         * @param why why no smaller one is, said after the value; empty for no reason beyond the range
         */
        WholeNumber(int least, String why) {
            this.least = least;
            this.why = why;
        }

        @Override
        public Integer convert(String value) {
            return (int) wholeNumber(value, least, Integer.MAX_VALUE, why);
        }
    }

    /** Any whole number an int holds: picocli's own converter would say "'x' is not an int". */
    static final class AnyInt extends WholeNumber {
        AnyInt() {
            super(Integer.MIN_VALUE, "");
        }
    }

    /** Any whole number a long holds, a seed: picocli's own converter would say "'x' is not a long". */
    static final class AnyLong implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return wholeNumber(value, Long.MIN_VALUE, Long.MAX_VALUE, "");
        }
    }

    /**
     * Has every int and long option that names no converter of its own read by {@link AnyInt} or {@link AnyLong}, so
     * that a value that is not a number is told in plain words.
     *
     * @param cli the command line, with all its subcommands: those added later would keep picocli's converters
     * @return {@code cli}
     */
    static CommandLine wholeNumbersInPlainWords(CommandLine cli) {
        return cli.registerConverter(int.class, new AnyInt()).registerConverter(Integer.class, new AnyInt())
                .registerConverter(long.class, new AnyLong()).registerConverter(Long.class, new AnyLong());
    }

    /**
     * @param value the option's value as given
     * @param least the least value allowed
     * @param most the most allowed, at most what the option's type holds
     * @param why why no value below {@code least} is allowed, said after it; empty for no reason beyond the range
     * @return the value
     * @throws TypeConversionException when it is not a whole number, or one out of the range (however many digits)
     */
    private static long wholeNumber(String value, long least, long most, String why) {
        String digits = value.strip();
        long n;
        try {
            n = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            if (!WHOLE.matcher(digits).matches()) {
                throw new TypeConversionException(value + " is not a whole number");
            }
            // more digits than a long holds: beyond any range
            throw new TypeConversionException(value + (digits.startsWith("-") ? " is less than " + least + why
                    : " is more than " + most));
        }
        if (n < least) {
            throw new TypeConversionException(value + " is less than " + least + why);
        }
        if (n > most) {
            throw new TypeConversionException(value + " is more than " + most);
        }
        return n;
    }

    /** A count of at least one: ads, pages, threads, words, results. */
    static final class AtLeastOne extends WholeNumber {
        AtLeastOne() {
            super(1, "");
        }
    }

    /**
     * A scan's number, as the scan printed it ({@code scan N}): 1 or more, and as many as a long holds, as
     * {@link org.redflag.batch.scan.ScanNumber} counts them.
     */
    static final class RunNumber implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return wholeNumber(value, 1, Long.MAX_VALUE, "");
        }
    }

    /** The folds of a cross-validation: each fold is tested on once and trained on by the others. */
    static final class Folds extends WholeNumber {
        Folds() {
            super(2, ": cross-validation needs 2 folds or more");
        }
    }

    /** A number between two bounds, each of them allowed or not. */
    abstract static class Between implements ITypeConverter<Double> {
        private final double low;
        private final double high;
        private final boolean bounds;
        private final String what;

        /**
         * @param low the low bound
         * @param high the high bound
         * @param bounds whether the bounds themselves are allowed
         * @param what what the number is, e.g. "a risk"
         */
        Between(double low, double high, boolean bounds, String what) {
            this.low = low;
            this.high = high;
            this.bounds = bounds;
            this.what = what;
        }

        @Override
        public Double convert(String value) {
            double x;
            try {
                x = Double.parseDouble(value.strip());
            } catch (NumberFormatException e) {
                throw new TypeConversionException(value + " is not a number");
            }
            // NaN fails both comparisons, and is refused with the numbers out of range
            if (!(bounds ? x >= low && x <= high : x > low && x < high)) {
                throw new TypeConversionException(value + " is not " + what + ": give a number " + (bounds ? "from " : "between ")
                        + number(low) + (bounds ? " to " : " and ") + number(high) + (bounds ? "" : ", both excluded"));
            }
            return x;
        }

        private static String number(double x) {
            return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
        }
    }

    /** A risk, from 0 to 1. */
    static final class Risk extends Between {
        Risk() {
            super(0, 1, true, "a risk");
        }
    }

    /** A share of the ads that leaves some on either side: more than 0, less than 1. */
    static final class Share extends Between {
        Share() {
            super(0, 1, false, "a share of the ads");
        }
    }
}
