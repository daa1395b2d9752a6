package org.redflag.batch.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;
import java.util.function.Function;
import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.ad.RawPage;
import org.redflag.classify.RiskAssessment;
import org.redflag.batch.rescore.RescoreProcessor;
import org.redflag.batch.scan.ScoredAd;
import org.redflag.corpus.demo.DemoBoard;
import org.redflag.features.AdFeatureExtractor;
import org.redflag.features.FeatureExtractor;
import org.redflag.features.FeatureSnapshot;
import org.redflag.features.FeatureVector;
import org.redflag.features.sentences.SentenceModelDetector;
import org.redflag.index.Upsert;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;
import org.redflag.scrape.jsoup.JsoupAdExtractor;

/**
 * Measures Redflag's stages on a set of ads, each alone and end to end: HTML extraction, bare
 * CoreNLP with Redflag's very properties (the floor), Redflag's analysis, features, Weka scoring,
 * analysis and scoring together on 1 and T threads, Redflag's index against plain Lucene on the
 * same documents, re-scoring from the index, a full scan against a rescan where 95 % of the ads are
 * unchanged, and the latency of {@code assess} on a warm library.
 */
public final class Benchmark {

    /** Rounds the CoreNLP stages take turns in, so that a change in the machine's load falls on all of them alike. */
    static final int ROUNDS = 8;

    /** Share of the ads a rescan finds changed. */
    static final int CHANGED_EVERY = 20;

    /** Ads per commit of the re-scoring row, as {@code redflag rescore} commits by default. */
    static final int RESCORE_CHUNK = 1000;

    /**
     * One measured stage.
     *
     * @param stage what was measured
     * @param threads on how many threads
     * @param items how many ads
     * @param seconds how long it took (wall clock)
     * @param cpuSeconds processor time its worker threads used, which other processes' load hardly changes
     * @param adsPerSecond ads per second
     * @param tokensPerSecond CoreNLP tokens per second, 0 where tokens are not what the stage reads
     */
    public record Row(String stage, int threads, int items, double seconds, double cpuSeconds, double adsPerSecond,
                      double tokensPerSecond) {
    }

    /**
     * What a run measured.
     *
     * @param ads how many ads
     * @param tokens their CoreNLP tokens, all together
     * @param threads the threads of the parallel runs
     * @param cores the processors the JVM sees
     * @param analysis the analysis configuration
     * @param annotators its CoreNLP annotators
     * @param rows the stages, in the order they ran
     * @param ratios the comparisons the targets are about, by name
     * @param assessP50Ms median latency of {@code assess} on a warm library
     * @param assessP99Ms 99th percentile of that latency
     * @param peakHeapMb the most heap in use at any time of the run
     */
    public record Result(int ads, long tokens, int threads, int cores, String analysis, String annotators, List<Row> rows,
                         Map<String, Double> ratios, double assessP50Ms, double assessP99Ms, long peakHeapMb) {
    }

    private final List<JobAd> ads;
    private final int threads;
    private final AnalysisConfiguration analysis;
    private final int rescoreAds;
    private final Consumer<String> progress;

    /**
     * @param ads the ads to measure on, with distinct ids
     * @param threads the threads of the parallel runs
     * @param analysis the CoreNLP configuration of both Redflag and bare CoreNLP
     * @param rescoreAds how many ads the Weka row scores and the re-score rows read from the index, at least the ads
     *     themselves: their features scored again, and the analysed ads stored again under new ids
     * @param progress told what is being measured
     */
    public Benchmark(List<JobAd> ads, int threads, AnalysisConfiguration analysis, int rescoreAds, Consumer<String> progress) {
        this.ads = ads;
        this.threads = threads;
        this.analysis = analysis;
        this.rescoreAds = Math.max(ads.size(), rescoreAds);
        this.progress = progress;
    }

    /** @return the measurements */
    public Result run() {
        List<Row> rows = new ArrayList<>();
        Map<String, Double> ratios = new LinkedHashMap<>();
        progress.accept("loading CoreNLP (" + analysis.annotators() + ") and the model");
        Redflag redflag = Redflag.builder().analyzer(CoreNlpTextAnalyzer.withProperties(analysis.properties())).build();
        StanfordCoreNLP bare = new StanfordCoreNLP(analysis.properties());
        progress.accept("warming up");
        List<JobAd> warmUp = ads.subList(0, Math.min(50, ads.size()));
        for (JobAd ad : warmUp) {
            redflag.assess(ad);
            bare.annotate(new Annotation(AnalyzedAd.joinedText(ad)));
        }
        each(threads, warmUp, redflag::assess); // as many scorers as threads, as in a long scan
        List<AnalyzedAd> analysed = map(threads, redflag::analyze);
        long tokens = analysed.stream().mapToLong(a -> a.tokens().size()).sum();
        // the rules remember what each distinct word satisfies: every row below meets the ads' words as known, as a
        // long scan meets most of its words, and the first sight of words is measured in a row of its own
        analysed.forEach(redflag.features()::extract);

        progress.accept("extraction");
        rows.add(extraction());

        int[] threadCounts = threads == 1 ? new int[] {1} : new int[] {1, threads};
        Map<Integer, Row[]> floorAndOurs = new LinkedHashMap<>();
        for (int t : threadCounts) {
            progress.accept("bare CoreNLP and Redflag on " + t + " thread(s), in " + ROUNDS + " interleaved rounds");
            Row[] measured = interleaved(t, tokens, List.of(
                    new Stage("bare CoreNLP (the floor)", ad -> bare.annotate(new Annotation(AnalyzedAd.joinedText(ad)))),
                    new Stage("analyse (Redflag's CoreNLP stage)", redflag::analyze),
                    new Stage("analyse + score (end to end)", redflag::assess)));
            rows.addAll(List.of(measured));
            floorAndOurs.put(t, new Row[] {measured[0], measured[2]});
            ratios.put("analyse + score slower than bare CoreNLP, " + t + " thread(s), wall, % (target <= 10)",
                    percent(measured[2].seconds() / measured[0].seconds() - 1));
            ratios.put("analyse + score slower than bare CoreNLP, " + t + " thread(s), CPU, % (target <= 10)",
                    percent(measured[2].cpuSeconds() / measured[0].cpuSeconds() - 1));
        }
        if (threads > 1) {
            ratios.put("speed-up " + threads + " threads / 1, bare CoreNLP (target >= 1.7)",
                    floorAndOurs.get(1)[0].seconds() / floorAndOurs.get(threads)[0].seconds());
            ratios.put("speed-up " + threads + " threads / 1, analyse + score (target >= 1.7)",
                    floorAndOurs.get(1)[1].seconds() / floorAndOurs.get(threads)[1].seconds());
        }

        progress.accept("features and scoring");
        List<FeatureVector> vectors = new ArrayList<>();
        rows.add(timeHere("features (indicators, contacts, pay)", () -> analysed.forEach(a -> vectors.add(redflag.features().extract(a)))));
        FeatureExtractor unseen = new AdFeatureExtractor(SentenceModelDetector.of(null, null));
        rows.add(timeHere("features, every word seen for the first time", () -> analysed.forEach(unseen::extract)));
        rows.add(time("Weka scoring of the features", 0, rescoreAds, () -> {
            for (int i = 0; i < rescoreAds; i++) {
                redflag.model().risk(vectors.get(i % vectors.size()));
            }
        }));
        rows.add(time("re-score an analysis (features + Weka)", threads, () -> each(threads, analysed, redflag::rescore)));
        // what the features stage just computed, stored with the ads as a scan stores them
        List<FeatureSnapshot> snapshots = vectors.stream().map(v -> new FeatureSnapshot(v, redflag.featureFingerprint())).toList();
        List<RiskAssessment> assessments = new ArrayList<>(analysed.size());
        for (int i = 0; i < analysed.size(); i++) {
            assessments.add(redflag.score(analysed.get(i).ad().id(), vectors.get(i)));
        }

        progress.accept("indexing");
        Path work = BenchFolders.create("redflag-bench", "the benchmark's indexes");
        try {
            Row raw = timeHere("index: raw Lucene, same documents", () -> new RawLuceneBaseline(analysed, assessments).write(work.resolve("raw")));
            Row ours;
            try (LuceneAdIndex index = LuceneAdIndex.open(work.resolve("index"))) {
                ours = timeHere("index: Redflag (LuceneAdIndex.store)", () -> {
                    for (int i = 0; i < analysed.size(); i++) {
                        index.store(analysed.get(i), snapshots.get(i), assessments.get(i));
                    }
                    index.commit();
                });
                rows.add(raw);
                rows.add(ours);
                ratios.put("Redflag index time / raw Lucene time", ours.seconds() / raw.seconds());
                progress.accept("storing the analysed ads again under new ids, " + rescoreAds + " in all, for re-scoring");
                storeCopies(index, analysed, snapshots, assessments);
                progress.accept("re-scoring from the index");
                rows.add(time("re-score from index, rules changed", threads,
                        () -> each(threads, analysed, a -> redflag.rescore(index.get(a.ad().id()).orElseThrow().analysis()))));
                // the rescore job's own processor: stored features read by id and scored by the model alone
                RescoreProcessor processor = new RescoreProcessor(index, () -> redflag);
                rows.add(timeOnPool("re-score from index, stored features", threads, rescoreAds,
                        used -> map(threads, index.analysedIds(), cpuTimed(processor::process, used))));
                Row rescored = timeOnPool("re-score from index, stored features + write", threads, rescoreAds,
                        used -> rescoreJob(index, processor, used));
                rows.add(rescored);
                ratios.put("re-score from the index, ads/s (target >= 5000)", rescored.adsPerSecond());
            }
            progress.accept("full scan and incremental rescan");
            scans(redflag, work.resolve("scan"), rows, ratios);
        } finally {
            BenchFolders.delete(work);
        }

        progress.accept("assess latency");
        double[] ms = new double[ads.size()];
        for (int i = 0; i < ads.size(); i++) {
            long s = System.nanoTime();
            redflag.assess(ads.get(i));
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        return new Result(ads.size(), tokens, threads, Runtime.getRuntime().availableProcessors(), analysis.label(),
                analysis.annotators(), rows, ratios, ms[ms.length / 2],
                ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)], peakHeapMb());
    }

    /**
     * Stores the analysed ads again under new ids, with their features and assessments, until the index holds
     * {@link #rescoreAds} analysed ads, and commits: what the re-score rows read.
     */
    private void storeCopies(LuceneAdIndex index, List<AnalyzedAd> analysed, List<FeatureSnapshot> snapshots,
                             List<RiskAssessment> assessments) {
        for (int n = analysed.size(); n < rescoreAds; n++) {
            int i = n % analysed.size();
            AnalyzedAd a = analysed.get(i);
            String id = a.ad().id() + "-copy-" + n / analysed.size();
            RiskAssessment r = assessments.get(i);
            index.store(new AnalyzedAd(a.ad().toBuilder().id(id).build(), a.text(), a.sections(), a.tokens(), a.sentences(), a.analyzer()),
                    snapshots.get(i), new RiskAssessment(id, r.risk(), r.level(), r.indicators(), r.model()));
        }
        index.commit();
    }

    /**
     * What the rescore job's step does: the analysed ids in order, in chunks of the rescore command's default
     * size, each chunk scored on the benchmark's threads, then written back on one thread and committed.
     */
    private void rescoreJob(LuceneAdIndex index, RescoreProcessor processor, DoubleAdder used) {
        List<String> ids = index.analysedIds();
        for (int from = 0; from < ids.size(); from += RESCORE_CHUNK) {
            List<ScoredAd> chunk = map(threads, ids.subList(from, Math.min(ids.size(), from + RESCORE_CHUNK)),
                    cpuTimed(processor::process, used));
            for (ScoredAd ad : chunk) {
                if (ad.analysis() == null) {
                    index.storeAssessment(ad.adId(), ad.assessment());
                } else {
                    index.store(ad.analysis(), ad.features(), ad.assessment());
                }
            }
            index.commit();
        }
    }

    private Row extraction() {
        DemoBoard board = new DemoBoard(ads, List.of());
        List<RawPage> pages = board.adPathsOfBoardA().stream()
                .map(path -> new RawPage(URI.create("http://bench.local" + path), 200, "text/html; charset=utf-8",
                        board.page(path).orElseThrow(), Instant.now())).toList();
        JsoupAdExtractor extractor = new JsoupAdExtractor();
        return time("extract from HTML (jsoup)", 0, pages.size(), () -> pages.forEach(p -> extractor.extract(p, null)));
    }

    /**
     * A full scan (every ad new: stored, analysed, scored, stored again), then a rescan of the same
     * ads in which one in {@link #CHANGED_EVERY} has changed: only those are analysed again.
     */
    private void scans(Redflag redflag, Path dir, List<Row> rows, Map<String, Double> ratios) {
        List<JobAd> changed = new ArrayList<>(ads.size());
        for (int i = 0; i < ads.size(); i++) {
            JobAd ad = ads.get(i);
            changed.add(i % CHANGED_EVERY == 0 ? ad.toBuilder().description(ad.description() + " Updated.").build() : ad);
        }
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            Row full = time("full scan (upsert, analyse, score, store)", threads, () -> scan(redflag, index, ads));
            Row rescan = time("rescan, 95 % unchanged", threads, () -> scan(redflag, index, changed));
            rows.add(full);
            rows.add(rescan);
            ratios.put("rescan time / full scan time, % (target <= 10)", percent(rescan.seconds() / full.seconds()));
        }
    }

    private void scan(Redflag redflag, LuceneAdIndex index, List<JobAd> batch) {
        List<JobAd> pending = new ArrayList<>();
        for (JobAd ad : batch) {
            if (index.upsert(ad) != Upsert.UNCHANGED) {
                pending.add(ad);
            }
        }
        List<AnalyzedAd> analysed = map(threads, pending, redflag::analyze);
        for (AnalyzedAd a : analysed) {
            FeatureSnapshot features = redflag.featuresOf(a);
            index.store(a, features, redflag.score(a.ad().id(), features.vector()));
        }
        index.commit();
    }

    /** A stage that does one thing to one ad. */
    private record Stage(String name, Consumer<JobAd> work) {
    }

    /**
     * Runs the stages in turns on successive slices of the ads (all stages on slice 1, then all on
     * slice 2, ...) and adds up each stage's times: every stage sees every ad once.
     */
    private Row[] interleaved(int t, long tokens, List<Stage> stages) {
        double[] wall = new double[stages.size()];
        double[] cpu = new double[stages.size()];
        int slice = (ads.size() + ROUNDS - 1) / ROUNDS;
        for (int from = 0; from < ads.size(); from += slice) {
            List<JobAd> part = ads.subList(from, Math.min(ads.size(), from + slice));
            for (int i = 0; i < stages.size(); i++) {
                Stage stage = stages.get(i);
                DoubleAdder used = new DoubleAdder();
                long start = System.nanoTime();
                each(t, part, cpuTimed(stage.work(), used));
                wall[i] += (System.nanoTime() - start) / 1e9;
                cpu[i] += used.sum();
            }
        }
        Row[] rows = new Row[stages.size()];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Row(stages.get(i).name(), t, ads.size(), wall[i], cpu[i], ads.size() / wall[i], tokens / wall[i]);
        }
        return rows;
    }

    private static <A, R> Function<A, R> cpuTimed(Function<A, R> work, DoubleAdder used) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return a -> {
            long start = bean.getCurrentThreadCpuTime();
            try {
                return work.apply(a);
            } finally {
                used.add((bean.getCurrentThreadCpuTime() - start) / 1e9);
            }
        };
    }

    /**
     * A stage on a pool whose workers add their processor time to the one given ({@link #cpuTimed}); the calling
     * thread's own time (the write-back of a re-scoring) is added to it.
     */
    private Row timeOnPool(String stage, int threads, int items, Consumer<DoubleAdder> work) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        DoubleAdder used = new DoubleAdder();
        long cpu = bean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.accept(used);
        double s = (System.nanoTime() - start) / 1e9;
        used.add((bean.getCurrentThreadCpuTime() - cpu) / 1e9);
        return new Row(stage, threads, items, s, used.sum(), items / s, 0);
    }

    private static <A> Consumer<A> cpuTimed(Consumer<A> work, DoubleAdder used) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        return a -> {
            long start = bean.getCurrentThreadCpuTime();
            work.accept(a);
            used.add((bean.getCurrentThreadCpuTime() - start) / 1e9);
        };
    }

    private Row time(String stage, int threads, Runnable work) {
        return time(stage, threads, ads.size(), work);
    }

    /** A stage that runs on the calling thread, whose processor time is therefore known. */
    private Row timeHere(String stage, Runnable work) {
        return time(stage, 0, ads.size(), work);
    }

    /** @param threads the stage's threads, 0 for the calling thread alone */
    private static Row time(String stage, int threads, int items, Runnable work) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long cpu = bean.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        work.run();
        double s = (System.nanoTime() - start) / 1e9;
        // processor time is known for the calling thread only: stages on a pool report 0
        double used = threads == 0 ? (bean.getCurrentThreadCpuTime() - cpu) / 1e9 : 0;
        return new Row(stage, Math.max(1, threads), items, s, used, items / s, 0);
    }

    private static double percent(double fraction) {
        return Math.round(fraction * 1000) / 10.0;
    }

    private void each(int t, Consumer<JobAd> work) {
        each(t, ads, work);
    }

    private static <A> void each(int t, List<A> items, Consumer<A> work) {
        map(t, items, a -> {
            work.accept(a);
            return null;
        });
    }

    private <R> List<R> map(int t, Function<JobAd, R> work) {
        return map(t, ads, work);
    }

    private static <A, R> List<R> map(int t, List<A> items, Function<A, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(t);
        try {
            List<Future<R>> futures = new ArrayList<>(items.size());
            for (A item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>(items.size());
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedflagException("benchmark interrupted", e);
        } catch (Exception e) {
            throw new RedflagException("benchmark run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the peak use of the heap's memory pools since the start or their last reset, in MB */
    static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
