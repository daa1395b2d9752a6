package org.redflag.batch.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Options that do nothing in the combination given: bad usage, told with the reason before any work starts, so that
 * a user does not take the result of one combination for that of another (the shipped model measured where a learner
 * was to be cross-validated).
 */
final class OptionCombinations {

    private OptionCombinations() {
    }

    /**
     * @param spec the command
     * @param present whether {@code needed} was given
     * @param needed the option the others are used with
     * @param why what the others do without it, or why they need it
     * @param options the options that are used with {@code needed} only
     * @throws ParameterException when one of {@code options} was given without {@code needed}
     */
    static void onlyWith(CommandSpec spec, boolean present, String needed, String why, String... options) {
        for (String option : options) {
            if (!present && given(spec, option)) {
                throw new ParameterException(spec.commandLine(), option + " is used with " + needed + " only: " + why);
            }
        }
    }

    /**
     * @param spec the command
     * @param present whether {@code other} was given
     * @param other the option the others are not used with
     * @param why why they are not
     * @param options the options that do nothing with {@code other}
     * @throws ParameterException when one of {@code options} was given with {@code other}
     */
    static void notWith(CommandSpec spec, boolean present, String other, String why, String... options) {
        for (String option : options) {
            if (present && given(spec, option)) {
                throw new ParameterException(spec.commandLine(), option + " is not used with " + other + ": " + why);
            }
        }
    }

    /** @return whether the option is on the command line, as against its default value */
    static boolean given(CommandSpec spec, String option) {
        return spec.commandLine().getParseResult().hasMatchedOption(option);
    }
}
