package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.redflag.ad.JobAd;
import org.redflag.batch.bench.AnalysisConfiguration;
import org.redflag.batch.bench.Benchmark;
import org.redflag.batch.bench.ScanHeapBench;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.LabelledAd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag bench}: the benchmark that speed claims are measured with. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures each stage and the whole pipeline on this machine, on the team corpus's ads or your own.",
        footer = {"", "Examples:", "  redflag bench", "  redflag bench --ads 1000 --threads 2 --json",
                "  redflag bench --corpus fake_job_postings.csv --analysis ner-3class",
                "  REDFLAG_JAVA_OPTS=-Xmx2g redflag bench --scan-ads 100000"})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--ads", paramLabel = "N", defaultValue = "400", converter = Ranges.AtLeastOne.class, description = "how many ads to measure on (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--corpus", paramLabel = "FILE", description = "take the ads from this corpus (default: the team corpus)")
    Path corpus;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", converter = Ranges.AtLeastOne.class, description = "threads of the parallel runs (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--rescore-ads", paramLabel = "N", defaultValue = "5000", converter = Ranges.AtLeastOne.class,
            description = "ads the Weka and re-score-from-index rows score: the features scored round after round, the analysed "
                    + "ads stored again under new ids, up to N (default: ${DEFAULT-VALUE}), so that warm-up and commits do not "
                    + "swamp a stage of a few thousand ads a second")
    int rescoreAds;

    @Option(names = "--analysis", paramLabel = "NAME", defaultValue = "pos-lemma",
            description = "CoreNLP configuration: pos-lemma (Redflag's default), ner-3class, ner-default (default: ${DEFAULT-VALUE})")
    String analysis;

    @Option(names = "--json", description = "print the numbers as JSON")
    boolean json;

    @Option(names = "--scan-ads", paramLabel = "N", converter = Ranges.AtLeastOne.class, description = "instead of the stages: run a real scan of N demo-board ads "
            + "in this process and print its live heap (after a full GC) at every 10 %% of the crawl and of the analysis, "
            + "after the link step and at the end, the peak heap and ads/s; set the heap with REDFLAG_JAVA_OPTS, e.g. -Xmx2g")
    Integer scanAds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        OptionCombinations.notWith(spec, scanAds != null, "--scan-ads", "the scan runs on demo-board ads in this process, "
                + "on the scan's own threads", "--ads", "--corpus", "--threads", "--rescore-ads", "--analysis");
        if (scanAds != null) {
            return scan();
        }
        AnalysisConfiguration configuration;
        try {
            configuration = AnalysisConfiguration.of(analysis);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<LabelledAd> source = corpus == null ? CorpusReaders.readBundled() : CorpusReaders.readAll(corpus, true);
        List<JobAd> ads = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            JobAd ad = source.get(i % source.size()).ad();
            ads.add(ad.toBuilder().id(ad.id() + "-" + i).build());
        }
        PrintWriter err = spec.commandLine().getErr();
        Benchmark.Result r = new Benchmark(ads, threads, configuration, rescoreAds, s -> { err.println("measuring " + s); err.flush(); }).run();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Output.JSON.writeValueAsString(r));
        } else {
            print(r, out);
        }
        out.flush();
        return 0;
    }

    private int scan() {
        PrintWriter err = spec.commandLine().getErr();
        ScanHeapBench.Result r = new ScanHeapBench(scanAds, s -> { err.println(s); err.flush(); }).run();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Output.JSON.writeValueAsString(r));
        } else {
            out.printf(Locale.ROOT, "scan of %d demo-board ads in a %d MB heap: %s in %.1f s, %.1f ads/s%n", r.ads(), r.maxHeapMb(),
                    r.status().toLowerCase(Locale.ROOT), r.seconds(), r.adsPerSecond());
            r.phaseSeconds().forEach((phase, s) -> out.printf(Locale.ROOT, "  %-8s %8.1f s%n", phase, s));
            out.printf(Locale.ROOT, "%-8s %5s %9s %14s%n", "phase", "%", "seconds", "live heap MB");
            for (ScanHeapBench.Sample s : r.samples()) {
                out.printf(Locale.ROOT, "%-8s %5d %9.1f %14d%n", s.phase(), s.percent(), s.seconds(), s.liveHeapMb());
            }
            out.printf(Locale.ROOT, "live heap after GC, largest: %d MB; peak heap in use (garbage included): %d MB%n",
                    r.maxLiveHeapMb(), r.peakHeapMb());
        }
        out.flush();
        return r.status().equals("COMPLETED") ? 0 : 1;
    }

    private static void print(Benchmark.Result r, PrintWriter out) {
        out.printf(Locale.ROOT, "%d ads, %d tokens (%.0f per ad), analysis %s (%s), %d threads, %d cores%n", r.ads(), r.tokens(),
                (double) r.tokens() / r.ads(), r.analysis(), r.annotators(), r.threads(), r.cores());
        out.printf(Locale.ROOT, "%-50s %7s %6s %8s %8s %9s %9s%n", "stage", "threads", "ads", "seconds", "CPU s", "ads/s", "tokens/s");
        for (Benchmark.Row row : r.rows()) {
            out.printf(Locale.ROOT, "%-50s %7d %6d %8.2f %8s %9.1f %9s%n", row.stage(), row.threads(), row.items(), row.seconds(),
                    row.cpuSeconds() == 0 ? "" : String.format(Locale.ROOT, "%.2f", row.cpuSeconds()), row.adsPerSecond(),
                    row.tokensPerSecond() == 0 ? "" : String.format(Locale.ROOT, "%.0f", row.tokensPerSecond()));
        }
        for (Map.Entry<String, Double> e : r.ratios().entrySet()) {
            out.printf(Locale.ROOT, "%-78s %8.2f%n", e.getKey(), e.getValue());
        }
        out.printf(Locale.ROOT, "assess latency, warm, 1 thread: p50 %.1f ms, p99 %.1f ms (target p50 < 20)%n", r.assessP50Ms(), r.assessP99Ms());
        out.printf(Locale.ROOT, "peak heap: %d MB%n", r.peakHeapMb());
    }
}
