package org.redflag.batch.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.redflag.RedflagException;
import org.redflag.batch.CoreConfiguration;
import org.redflag.batch.RedflagApplication;
import org.redflag.batch.scan.ScanJobConfiguration;
import org.redflag.batch.scan.ScanLauncher;
import org.redflag.corpus.demo.DemoBoardServer;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a real scan of the demo board in this process, into a temporary data folder, and watches its
 * heap: the live heap (used after a full collection) at every tenth of the crawl (ad pages served)
 * and of the analysis (ads written), after the link step and at the end, with the peak of the heap in
 * use and the ads per second. What grows with the number of ads shows as a live heap that climbs from
 * one tenth to the next; run it with the heap to test ({@code REDFLAG_JAVA_OPTS=-Xmx2g}).
 */
public final class ScanHeapBench {

    /** How many times a sample asks for a full collection before it takes the heap as it is. */
    private static final int FULL_GC_ATTEMPTS = 5;

    /** The collectors of the young generation alone: G1, Parallel, Serial, CMS. */
    private static final Pattern YOUNG_COLLECTOR = Pattern.compile("Young|Scavenge|Copy|ParNew");

    /** How often the scan's progress is looked at, in milliseconds. */
    private static final long POLL_MILLIS = 200;

    /**
     * The live heap at one point of the scan.
     *
     * @param phase crawl, analyse, link or done
     * @param percent how far the phase had got, in %
     * @param seconds since the application started (Spring, then the demo board; CoreNLP loads as the analysis starts)
     * @param liveHeapMb heap in use right after a full collection
     */
    public record Sample(String phase, int percent, double seconds, long liveHeapMb) {
    }

    /**
     * What the scan did and how its heap went.
     *
     * @param ads the ads the demo board published
     * @param status the scan's end status (COMPLETED when all went well)
     * @param seconds the scan's duration, Spring's start-up and CoreNLP's loading included
     * @param adsPerSecond ads over that duration
     * @param phaseSeconds how long each phase took, in the order they ran
     * @param samples the live heap at every tenth of the crawl and of the analysis, after the link step and at the end
     * @param maxLiveHeapMb the largest of the samples
     * @param peakHeapMb the most heap in use at any time, garbage included
     * @param maxHeapMb the heap's limit ({@code -Xmx})
     */
    public record Result(int ads, String status, double seconds, double adsPerSecond, Map<String, Double> phaseSeconds,
                         List<Sample> samples, long maxLiveHeapMb, long peakHeapMb, long maxHeapMb) {
    }

    private final int ads;
    private final Consumer<String> progress;

    /**
     * @param ads how many ads the demo board publishes
     * @param progress told what happens
     */
    public ScanHeapBench(int ads, Consumer<String> progress) {
        this.ads = ads;
        this.progress = progress;
    }

    /** @return what the scan did and how its heap went */
    public Result run() {
        Path data = BenchFolders.create("redflag-scan-bench", "the scan benchmark's data");
        try {
            return scan(data);
        } finally {
            BenchFolders.delete(data);
        }
    }

    private Result scan(Path data) {
        String[] args = {"--redflag.demo=true", "--redflag.demo-ads=" + ads, "--redflag.data-dir=" + data.toAbsolutePath()};
        resetPeaks();
        long start = System.nanoTime();
        ExecutorService runner = Executors.newSingleThreadExecutor();
        try (ConfigurableApplicationContext ctx = new SpringApplication(RedflagApplication.class).run(args)) {
            ctx.getBean(CoreConfiguration.Sites.class);
            DemoBoardServer board = ctx.getBean(DemoBoardServer.class);
            JobRepository jobs = ctx.getBean(JobRepository.class);
            Future<JobExecution> scan = runner.submit(() -> ctx.getBean(ScanLauncher.class).run(progress));
            Watch watch = new Watch(start);
            while (!scan.isDone()) {
                watch.look(board.adPagesServed(), analysed(jobs), currentStep(jobs));
                Thread.sleep(POLL_MILLIS);
            }
            JobExecution execution = scan.get();
            watch.end();
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Result(ads, execution.getStatus().name(), seconds, ads / seconds, watch.phaseSeconds, watch.samples,
                    watch.samples.stream().mapToLong(Sample::liveHeapMb).max().orElse(0), Benchmark.peakHeapMb(),
                    Runtime.getRuntime().maxMemory() / (1024 * 1024));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedflagException("the scan benchmark was interrupted", e);
        } catch (Exception e) {
            throw new RedflagException("the scan benchmark failed: " + e.getMessage(), e);
        } finally {
            runner.shutdownNow();
        }
    }

    /** Follows the scan's phases and samples the live heap each time one gets a tenth further. */
    private final class Watch {
        final long start;
        final List<Sample> samples = new ArrayList<>();
        final Map<String, Double> phaseSeconds = new LinkedHashMap<>();
        String phase = "crawl";
        double phaseStart;
        int crawlTenths;
        int analysisTenths;

        Watch(long start) {
            this.start = start;
        }

        void look(int served, long analysed, String step) {
            crawlTenths = sampleTenths("crawl", served, crawlTenths);
            analysisTenths = sampleTenths("analyse", analysed, analysisTenths);
            String now = step == null ? phase : switch (step) {
                case ScanJobConfiguration.ANALYZE_STEP -> "analyse";
                case ScanJobConfiguration.LINK_STEP -> "link";
                case ScanJobConfiguration.REPORT_STEP -> "report";
                default -> "crawl";
            };
            if (!now.equals(phase)) {
                if (now.equals("report")) {
                    samples.add(sample("link", 100)); // the links are made: the report step is next
                }
                enter(now);
            }
        }

        /** @return the tenths sampled so far, after sampling each one {@code done} has reached */
        int sampleTenths(String of, long done, int sampled) {
            int tenths = (int) Math.min(10, done * 10 / Math.max(1, ads));
            for (int t = sampled + 1; t <= tenths; t++) {
                samples.add(sample(of, t * 10));
            }
            return Math.max(sampled, tenths);
        }

        void enter(String next) {
            double s = seconds();
            phaseSeconds.merge(phase, s - phaseStart, Double::sum);
            phase = next;
            phaseStart = s;
        }

        void end() {
            enter("done");
            phaseSeconds.remove("done");
            samples.add(sample("done", 100));
        }

        Sample sample(String of, int percent) {
            long live = liveHeapMb();
            progress.accept(String.format(java.util.Locale.ROOT, "%s %d %%: live heap %d MB", of, percent, live));
            return new Sample(of, percent, seconds(), live);
        }

        double seconds() {
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /**
     * @return the heap in use right after a full collection: what the scan holds. A {@code System.gc()} that
     *     comes while a thread is in a JNI critical region may run a young collection only, which leaves the
     *     old generation's garbage counted; so it is asked again until a full collection has run
     */
    private static long liveHeapMb() {
        long before = fullCollections();
        for (int attempt = 0; attempt < FULL_GC_ATTEMPTS && fullCollections() == before; attempt++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
    }

    /** @return how many collections of the whole heap (not of the young generation alone) the JVM has run */
    private static long fullCollections() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(gc -> !YOUNG_COLLECTOR.matcher(gc.getName()).find())
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
    }

    /** @return the ads the analysis step has written so far, 0 before it starts */
    private static long analysed(JobRepository jobs) {
        return running(jobs).stream().filter(s -> s.getStepName().equals(ScanJobConfiguration.ANALYZE_STEP))
                .mapToLong(s -> s.getWriteCount() + s.getSkipCount()).sum();
    }

    /** @return the name of the top-level step the running scan is in, null when none is known */
    private static String currentStep(JobRepository jobs) {
        return running(jobs).stream().filter(s -> !s.getStepName().contains(":"))
                .filter(s -> s.getStatus().isRunning()).map(StepExecution::getStepName)
                .reduce((first, last) -> last).orElse(null);
    }

    private static List<StepExecution> running(JobRepository jobs) {
        Set<JobExecution> executions = jobs.findRunningJobExecutions(ScanJobConfiguration.JOB);
        return executions.stream().flatMap(e -> e.getStepExecutions().stream())
                .sorted(Comparator.comparingLong(StepExecution::getId)).toList();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }
}
