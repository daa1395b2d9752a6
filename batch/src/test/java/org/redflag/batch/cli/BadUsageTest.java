package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redflag.batch.cli.RedflagCommandTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.batch.cli.RedflagCommandTest.Run;

/**
 * Bad usage as a user meets it: exit code 2 and one line on standard error that names the command, says what is
 * wrong and where to read more, told before any slow work (CoreNLP, the analysis of a corpus, a crawl) starts.
 */
class BadUsageTest {

    /** Four labelled ads: enough to train or evaluate on, should a refused option let the command start. */
    private static final String CORPUS = """
            {"id": "r1", "title": "Packers", "description": "Pay the visa fee of USD 900 first. Your passport is kept by the company.", "label": "exploitative"}
            {"id": "r2", "title": "Farm work", "description": "Send a deposit for your ticket to our agent on WhatsApp before you start.", "label": "fraudulent"}
            {"id": "l1", "title": "Nurse", "description": "Ward nurse for our surgical unit, NMC registration needed, NHS pay band 5.", "label": "legitimate"}
            {"id": "l2", "title": "Cook", "description": "Line cook for our hotel kitchen in Leeds, full time, paid holidays.", "label": "legitimate"}
            """;

    /**
     * Runs a command line (of {@code command}, "redflag" itself for no command) whose words CORPUS, OUT and DIR stand for a corpus of four ads, a model file to write and a
     * folder, and checks that it is bad usage, told in one line before any work.
     *
     * @return the one line on standard error
     */
    private static String badUsage(String command, String line, Path dir) throws IOException {
        Path corpus = Files.writeString(dir.resolve("ads.jsonl"), CORPUS);
        String[] args = line.replace("CORPUS", corpus.toString()).replace("OUT", dir.resolve("out.model").toString())
                .replace("DIR", dir.toString()).split(" ");
        Run r = run(args);
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.out()).as("no work done").isEmpty();
        assertThat(r.err()).as("one line").endsWith(System.lineSeparator())
                .doesNotContain("read 4 ads").doesNotContain("Usage:");
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        String name = command.equals("redflag") ? command : "redflag " + command;
        assertThat(r.err()).startsWith(name + ": ").endsWith(" (see " + name + " --help)" + System.lineSeparator());
        return r.err().strip();
    }

    @Test
    void aMissingParameterIsOneLineThatPointsToTheHelp(@TempDir Path dir) throws IOException {
        assertThat(badUsage("assess", "assess", dir))
                .isEqualTo("redflag assess: Missing required parameter: 'INPUT' (see redflag assess --help)");
        assertThat(badUsage("corpus split", "corpus split", dir))
                .isEqualTo("redflag corpus split: Missing required parameter: 'FILE' (see redflag corpus split --help)");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "scrape   | scrape --demo --site DIR/x.json                               | mutually exclusive",
        "scrape   | scrape                                                        | --site",
        "evaluate | evaluate --corpus CORPUS --folds 3 --features bogus            | bogus",
        "assess   | assess --no-such-option x.html                                | --no-such-option",
        "search   | search --limt 3                                               | did you mean --limit?",
        "redflag  | asses x.html                                                  | did you mean assess",
        "corpus   | corpus splat CORPUS                                           | 'splat'"})
    void aUsageErrorIsOneLineNotTheWholeUsage(String command, String line, String says, @TempDir Path dir) throws IOException {
        String err = badUsage(command, line.strip(), dir);
        assertThat(err).contains(says);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "scrape       | scrape --demo --max-pages 0                      | --max-pages",
        "scrape       | scrape --demo --max-pages -1                     | --max-pages",
        "scrape       | scrape --demo --demo-ads -5                      | --demo-ads",
        "train        | train --corpus CORPUS --out OUT --words 0        | --words",
        "train        | train --corpus CORPUS --out OUT --words -5       | --words",
        "evaluate     | evaluate --corpus CORPUS --folds 0               | --folds",
        "evaluate     | evaluate --corpus CORPUS --folds 1               | --folds",
        "evaluate     | evaluate --corpus CORPUS --folds -3              | --folds",
        "evaluate     | evaluate --corpus CORPUS --folds 2 --words 0     | --words",
        "corpus split | corpus split CORPUS --test 1.5 --out-dir DIR    | --test",
        "corpus split | corpus split CORPUS --test 0 --out-dir DIR      | --test",
        "corpus split | corpus split CORPUS --test 1 --out-dir DIR      | --test",
        "corpus split | corpus split CORPUS --test -0.2 --out-dir DIR   | --test",
        "corpus split | corpus split CORPUS --test NaN --out-dir DIR    | --test",
        "bench        | bench --ads 0                                    | --ads",
        "bench        | bench --ads -5                                   | --ads",
        "bench        | bench --threads 0                                | --threads",
        "bench        | bench --rescore-ads 0                            | --rescore-ads",
        "bench        | bench --scan-ads 0                               | --scan-ads",
        "rescore      | rescore --model OUT --data DIR --threads 0       | --threads",
        "rescore      | rescore --model OUT --data DIR --chunk-size 0    | --chunk-size",
        "search       | search --data DIR --limit 0                      | --limit",
        "search       | search --data DIR --clusters --limit 0           | --limit",
        "search       | search --data DIR --min-risk 2                   | --min-risk",
        "search       | search --data DIR --min-risk -1                  | --min-risk",
        "search       | search --data DIR --min-risk NaN                 | --min-risk",
        "report       | report --data DIR --run 0                        | --run",
        "report       | report --data DIR --run -1                       | --run"})
    void aNumberOutOfItsRangeIsBadUsageBeforeAnyWork(String command, String line, String option, @TempDir Path dir)
            throws IOException {
        String value = line.strip().substring(line.strip().indexOf(option) + option.length() + 1).split(" ")[0];
        assertThat(badUsage(command, line.strip(), dir)).contains("option '" + option + "': " + value + " ");
    }

    /** A whole number option given something else says so in words, not in Java's types ("'abc' is not a long"). */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "corpus split | corpus split CORPUS --seed abc --out-dir DIR     | --seed",
        "train        | train --corpus CORPUS --out OUT --seed 1.5       | --seed",
        "evaluate     | evaluate --corpus CORPUS --folds 3 --seed 0x10   | --seed",
        "report       | report --data DIR --run abc                      | --run"})
    void aWholeNumberOptionGivenSomethingElseSaysSoInPlainWords(String command, String line, String option, @TempDir Path dir)
            throws IOException {
        String value = line.strip().substring(line.strip().indexOf(option) + option.length() + 1).split(" ")[0];
        assertThat(badUsage(command, line.strip(), dir))
                .contains("option '" + option + "': " + value + " is not a whole number (see redflag " + command + " --help)");
    }

    /** A whole number with more digits than its option holds is too large or too small, not "not a whole number". */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "search       | search --data DIR --limit 3000000000                 | option '--limit': 3000000000 is more than 2147483647",
        "corpus split | corpus split CORPUS --seed 9223372036854775808 --out-dir DIR | option '--seed': 9223372036854775808 is more than 9223372036854775807",
        "train        | train --corpus CORPUS --out OUT --seed -99999999999999999999 | option '--seed': -99999999999999999999 is less than -9223372036854775808"})
    void aWholeNumberBeyondWhatItsOptionHoldsIsToldAsOutOfRange(String command, String line, String says, @TempDir Path dir)
            throws IOException {
        assertThat(badUsage(command, line.strip(), dir)).contains(says.strip());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "evaluate         | evaluate --corpus CORPUS --classifier weka.classifiers.trees.J48 | --classifier is used with --folds",
        "evaluate         | evaluate --corpus CORPUS --words 500                         | --words is used with --folds",
        "evaluate         | evaluate --corpus CORPUS --seed 3                            | --seed is used with --folds",
        "evaluate         | evaluate --corpus CORPUS --features text                     | --features is used with --folds",
        "evaluate         | evaluate --corpus CORPUS --folds 3 --model OUT               | --model is not used with --folds",
        "evaluate         | evaluate --corpus CORPUS --indicators-only --model OUT       | --model is not used with --indicators-only",
        "evaluate         | evaluate --corpus CORPUS --indicators-only --folds 3         | --folds is not used with --indicators-only",
        "scrape           | scrape --site DIR/s.json --demo-ads 5                         | --demo-ads is used with --demo",
        "train-indicators | train-indicators --corpus CORPUS --focus DOCUMENT_RETENTION --out OUT | --focus is used with --focused",
        "train-indicators | train-indicators --corpus CORPUS --focused CORPUS --out OUT   | --focused is used with --focus"})
    void anOptionThatDoesNothingInTheCombinationGivenIsBadUsage(String command, String line, String says, @TempDir Path dir)
            throws IOException {
        assertThat(badUsage(command, line.strip(), dir)).contains(says);
    }
}
