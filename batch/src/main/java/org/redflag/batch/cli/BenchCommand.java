package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.redflag.ad.JobAd;
import org.redflag.batch.bench.Benchmark;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.LabelledAd;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag bench}: the benchmark that speed claims are measured with. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures each stage and the whole pipeline on this machine, on the team corpus's ads or your own.",
        footer = {"", "Examples:", "  redflag bench", "  redflag bench --ads 1000 --threads 2 --json"})
final class BenchCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--ads", defaultValue = "400", description = "how many ads to measure on (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--corpus", paramLabel = "FILE", description = "take the ads from this corpus (default: the team corpus)")
    Path corpus;

    @Option(names = "--threads", defaultValue = "2", description = "threads of the parallel runs (default: ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--json", description = "print the numbers as JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<LabelledAd> source = corpus == null ? CorpusReaders.readBundled() : CorpusReaders.readAll(corpus, true);
        List<JobAd> ads = new ArrayList<>();
        for (int i = 0; i < Math.max(1, count); i++) {
            JobAd ad = source.get(i % source.size()).ad();
            ads.add(ad.toBuilder().id(ad.id() + "-" + i).build());
        }
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Object> r = new Benchmark(ads, Math.max(1, threads), s -> { err.println("measuring " + s); err.flush(); }).run();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Output.JSON.writeValueAsString(r));
        } else {
            out.printf("%d ads, annotators %s, on %d cores%n", ads.size(), r.get("annotators"), Runtime.getRuntime().availableProcessors());
            out.printf("%-42s %8s %9s %10s%n", "stage", "items", "seconds", "items/s");
            for (Object o : (List<?>) r.get("rows")) {
                Benchmark.Row row = (Benchmark.Row) o;
                out.printf("%-42s %8d %9.2f %10.1f%n", row.stage(), row.items(), row.seconds(), row.perSecond());
            }
            out.printf("assess latency, warm: p50 %.1f ms, p99 %.1f ms%n", r.get("assessP50Ms"), r.get("assessP99Ms"));
            out.printf("peak heap: %d MB%n", r.get("peakHeapMb"));
        }
        out.flush();
        return 0;
    }
}
