package org.redflag.batch.scan;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The scan's Micrometer metrics, measured by this process for the run under way: pages and ads per
 * site ({@code redflag.crawl.pages}, {@code redflag.crawl.ads} by outcome), failed sites
 * ({@code redflag.crawl.failed.sites}), ads analysed ({@code redflag.analysis}, a timer) and skipped
 * ({@code redflag.analysis.skips}). {@link #startRun()} sets them back to zero; {@link #snapshot()} is
 * what the report writes to {@code metrics.json}.
 */
public class ScanMetrics {

    private final MeterRegistry registry;

    /** Metrics kept in their own {@link SimpleMeterRegistry}. */
    public ScanMetrics() {
        this(new SimpleMeterRegistry());
    }

    /** @param registry where the meters live */
    public ScanMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Forgets the meters of the previous run. */
    public void startRun() {
        registry.clear();
    }

    /** @param site what the crawl of one site did */
    public void crawled(SiteCrawlStats site) {
        Counter.builder("redflag.crawl.pages").tag("site", site.site()).description("listing and ad pages read")
                .register(registry).increment(site.pages());
        ads(site.site(), "new", site.newAds());
        ads(site.site(), "changed", site.changedAds());
        ads(site.site(), "unchanged", site.unchangedAds());
        Counter.builder("redflag.crawl.page.failures").tag("site", site.site()).description("pages that could not be read")
                .register(registry).increment(site.failures().size());
        if (site.failed()) {
            Counter.builder("redflag.crawl.failed.sites").description("sites that could not be crawled or yielded no ad").register(registry).increment();
        }
    }

    private void ads(String site, String outcome, int n) {
        Counter.builder("redflag.crawl.ads").tags(List.of(Tag.of("site", site), Tag.of("outcome", outcome)))
                .description("ads found by the crawl").register(registry).increment(n);
    }

    /**
     * Times the analysis and scoring of one ad.
     *
     * @param work the analysis
     * @param <T> what it returns
     * @return what it returned
     */
    public <T> T timeAnalysis(Supplier<T> work) {
        return Timer.builder("redflag.analysis").description("analysis and scoring of one ad").register(registry).record(work);
    }

    /** Counts an ad the analysis skipped. */
    public void skipped() {
        Counter.builder("redflag.analysis.skips").description("ads skipped as bad").register(registry).increment();
    }

    /** @return every meter with its tags and values, for {@code metrics.json} */
    public List<Map<String, Object>> snapshot() {
        List<Map<String, Object>> meters = new ArrayList<>();
        for (Meter m : registry.getMeters()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", m.getId().getName());
            Map<String, String> tags = new LinkedHashMap<>();
            m.getId().getTags().forEach(t -> tags.put(t.getKey(), t.getValue()));
            row.put("tags", tags);
            if (m instanceof Timer t) {
                row.put("count", t.count());
                row.put("totalSeconds", t.totalTime(TimeUnit.SECONDS));
                row.put("meanSeconds", t.mean(TimeUnit.SECONDS));
                row.put("maxSeconds", t.max(TimeUnit.SECONDS));
            } else if (m instanceof Counter c) {
                row.put("count", c.count());
            }
            meters.add(row);
        }
        meters.sort(java.util.Comparator.comparing((Map<String, Object> r) -> (String) r.get("name"))
                .thenComparing(r -> r.get("tags").toString()));
        return meters;
    }
}
