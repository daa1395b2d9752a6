package org.redflag.batch.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.ad.RawPage;
import org.redflag.classify.RiskAssessment;
import org.redflag.corpus.demo.DemoBoard;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;
import org.redflag.scrape.jsoup.JsoupAdExtractor;

/**
 * Measures Redflag's stages on a set of ads: HTML extraction, bare CoreNLP with Redflag's
 * annotators (the floor), analysis and scoring end to end on 1 and T threads, re-scoring from the
 * stored analysis, indexing, and the latency of {@code assess} on a warm library.
 */
public final class Benchmark {

    /** One measured row: what, how many items, seconds, items per second. */
    public record Row(String stage, int items, double seconds, double perSecond) {
    }

    private final List<JobAd> ads;
    private final int threads;
    private final Consumer<String> progress;

    /**
     * @param ads the ads to measure on
     * @param threads the threads of the parallel runs
     * @param progress told what is being measured
     */
    public Benchmark(List<JobAd> ads, int threads, Consumer<String> progress) {
        this.ads = ads;
        this.threads = threads;
        this.progress = progress;
    }

    /** @return the measurements, in the order they ran, with the assess latency percentiles and the peak heap */
    public Map<String, Object> run() {
        Map<String, Object> result = new LinkedHashMap<>();
        List<Row> rows = new ArrayList<>();
        Redflag redflag = Redflag.builder().build();
        StanfordCoreNLP bare = new StanfordCoreNLP(props());
        long tokens = redflag.analyze(ads.get(0)).tokens().size();
        progress.accept("warming up");
        for (JobAd ad : ads.subList(0, Math.min(50, ads.size()))) {
            redflag.assess(ad);
            bare.annotate(new Annotation(AnalyzedAd.joinedText(ad)));
        }

        progress.accept("extraction");
        DemoBoard board = new DemoBoard(ads, List.of());
        List<RawPage> pages = board.pages().entrySet().stream().filter(e -> e.getKey().startsWith("/a/job/"))
                .map(e -> new RawPage(URI.create("http://bench.local" + e.getKey()), 200, "text/html; charset=utf-8",
                        e.getValue(), Instant.now())).toList();
        JsoupAdExtractor extractor = new JsoupAdExtractor();
        rows.add(time("extract (jsoup, 1 thread)", pages.size(), () -> pages.forEach(p -> extractor.extract(p, null))));

        for (int t : threads == 1 ? new int[] {1} : new int[] {1, threads}) {
            progress.accept("CoreNLP and Redflag on " + t + " thread(s)");
            rows.add(time("bare CoreNLP, " + t + " thread(s)", ads.size(),
                    () -> parallel(t, ad -> bare.annotate(new Annotation(AnalyzedAd.joinedText(ad))))));
            rows.add(time("analyse + score, " + t + " thread(s)", ads.size(), () -> parallel(t, redflag::assess)));
        }
        List<AnalyzedAd> analysed = ads.stream().map(redflag::analyze).toList();
        progress.accept("re-scoring");
        rows.add(time("re-score from analysis (rules + model)", analysed.size(), () -> analysed.forEach(redflag::rescore)));
        progress.accept("indexing");
        List<RiskAssessment> assessments = analysed.stream().map(redflag::rescore).toList();
        try {
            Path dir = Files.createTempDirectory("redflag-bench-index");
            try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
                rows.add(time("index (Lucene, store analysis)", analysed.size(), () -> {
                    for (int i = 0; i < analysed.size(); i++) {
                        index.store(analysed.get(i), assessments.get(i));
                    }
                    index.commit();
                }));
            }
        } catch (IOException e) {
            throw new RedflagException("cannot make a temporary index: " + e.getMessage(), e);
        }
        progress.accept("assess latency");
        double[] ms = new double[ads.size()];
        for (int i = 0; i < ads.size(); i++) {
            long s = System.nanoTime();
            redflag.assess(ads.get(i));
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(ms);
        result.put("ads", ads.size());
        result.put("tokensOfFirstAd", tokens);
        result.put("threads", threads);
        result.put("annotators", CoreNlpTextAnalyzer.DEFAULT_ANNOTATORS);
        result.put("rows", rows);
        result.put("assessP50Ms", ms[ms.length / 2]);
        result.put("assessP99Ms", ms[Math.min(ms.length - 1, (int) Math.ceil(ms.length * 0.99) - 1)]);
        result.put("peakHeapMb", peakHeapMb());
        return result;
    }

    private static Properties props() {
        Properties p = new Properties();
        p.setProperty("annotators", CoreNlpTextAnalyzer.DEFAULT_ANNOTATORS);
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        return p;
    }

    private void parallel(int t, Consumer<JobAd> work) {
        ExecutorService pool = Executors.newFixedThreadPool(t);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (JobAd ad : ads) {
                futures.add(pool.submit(() -> work.accept(ad)));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new RedflagException("benchmark run failed: " + e, e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Row time(String stage, int items, Runnable work) {
        long start = System.nanoTime();
        work.run();
        double s = (System.nanoTime() - start) / 1e9;
        return new Row(stage, items, s, items / s);
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
