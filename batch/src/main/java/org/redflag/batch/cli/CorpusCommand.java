package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.redflag.corpus.CorpusAgreement;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.CorpusSplit;
import org.redflag.corpus.CorpusStats;
import org.redflag.corpus.CorpusValidator;
import org.redflag.corpus.Label;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag corpus}: validate, describe and split corpus files. */
@Command(name = "corpus", mixinStandardHelpOptions = true, description = "Tools for labelled corpora: validate, stats, split, agree.",
        subcommands = {CorpusCommand.Validate.class, CorpusCommand.Stats.class, CorpusCommand.Split.class,
                CorpusCommand.Agree.class})
final class CorpusCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a corpus command: validate, stats, split or agree");
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Checks schema, codes, exact evidence, duplicate ids, near-copies and bytes that are not UTF-8. "
                    + "Exit 1 when a problem is found.",
            footer = {"", "Example:", "  redflag corpus validate corpus/src/main/resources/org/redflag/corpus/redflag-ads.jsonl"})
    static final class Validate implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String> problems = CorpusValidator.validate(file);
            PrintWriter out = spec.commandLine().getOut();
            problems.forEach(out::println);
            out.printf("%s: %s%n", file, problems.isEmpty() ? "valid"
                    : problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            out.flush();
            return problems.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts labels, indicators, lengths and sources.",
            footer = {"", "Example:", "  redflag corpus stats fake_job_postings.csv"})
    static final class Stats implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CorpusStats s = CorpusStats.of(CorpusReaders.readAll(file, false));
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(Output.JSON.writeValueAsString(s));
            } else {
                out.printf("%d ads: %s%n", s.ads(), s.labels());
                out.printf("description words: min %d, median %d, max %d%n", s.minWords(), s.medianWords(), s.maxWords());
                out.printf("sources: %s%n", s.sources());
                out.printf("%-26s %12s %12s %12s%n", "indicator", "exploitative", "fraudulent", "legitimate");
                for (Map.Entry<String, Map<Label, Integer>> e : s.indicators().entrySet()) {
                    out.printf("%-26s %12d %12d %12d%n", e.getKey(), e.getValue().getOrDefault(Label.EXPLOITATIVE, 0),
                            e.getValue().getOrDefault(Label.FRAUDULENT, 0), e.getValue().getOrDefault(Label.LEGITIMATE, 0));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "split", mixinStandardHelpOptions = true,
            description = "Splits a .jsonl corpus into train and test files, stratified by label; near-copies stay on one side.",
            footer = {"", "Example:", "  redflag corpus split my-ads.jsonl --test 0.2 --seed 7 --out-dir splits/"})
    static final class Split implements java.util.concurrent.Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Option(names = "--test", paramLabel = "SHARE", defaultValue = "0.2", converter = Ranges.Share.class,
                description = "share of ads for the test file (default: ${DEFAULT-VALUE})")
        double test;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "seed of the shuffle (default: ${DEFAULT-VALUE})")
        long seed;

        @Option(names = "--out-dir", defaultValue = ".", paramLabel = "DIR", description = "where to write the two files")
        Path outDir;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CorpusSplit.Result r = CorpusSplit.split(file, test, seed, outDir);
            spec.commandLine().getOut().printf("train: %s (%d ads)%ntest: %s (%d ads)%n", r.train(), r.trainAds(), r.test(), r.testAds());
            return 0;
        }
    }

    @Command(name = "agree", mixinStandardHelpOptions = true,
            description = "Inter-annotator agreement on the ads two files share (by id): Cohen's kappa of the label and of "
                    + "each indicator.",
            footer = {"", "Example:", "  redflag corpus agree redflag-ads.jsonl second-annotator.jsonl"})
    static final class Agree implements java.util.concurrent.Callable<Integer> {
        @Parameters(index = "0", paramLabel = "FIRST")
        Path first;

        @Parameters(index = "1", paramLabel = "SECOND")
        Path second;

        @Option(names = "--json", description = "print JSON")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CorpusAgreement a = CorpusAgreement.of(CorpusReaders.readAll(first, false), CorpusReaders.readAll(second, false));
            PrintWriter out = spec.commandLine().getOut();
            if (a.ads() == 0) {
                throw new org.redflag.RedflagException("the two files share no ad id: nothing to compare");
            }
            if (json) {
                out.println(Output.JSON.writeValueAsString(a));
            } else {
                out.printf("%d ads annotated by both; label: %.0f%% the same, kappa %s%n", a.ads(), 100 * a.labelAgreement(),
                        Output.measure(a.labelKappa(), 2));
                out.printf("%-26s %6s %6s %6s %6s%n", "indicator", "first", "second", "both", "kappa");
                a.indicators().forEach((code, i) -> out.printf("%-26s %6d %6d %6d %6s%n", code, i.first(), i.second(),
                        i.both(), Output.measure(i.kappa(), 2)));
            }
            out.flush();
            return 0;
        }
    }
}
