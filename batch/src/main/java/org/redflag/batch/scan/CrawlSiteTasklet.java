package org.redflag.batch.scan;

import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;
import org.redflag.index.AdIndex;
import org.redflag.index.Upsert;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.SiteCrawler;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crawl's worker: crawls the one site its partition names and stores the ads it finds; new and
 * changed ads wait for analysis. A site that is down, or whose listing pages all fail, is recorded as
 * failed in the partition's numbers (key {@value #SITE_STATS_KEY}) instead of failing the step: the
 * other sites' ads are still analysed and reported.
 */
public class CrawlSiteTasklet implements Tasklet {

    /** Key of the site's numbers (JSON) in the partition's execution context. */
    public static final String SITE_STATS_KEY = "crawl.site";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Supplier<List<SiteProfile>> sites;
    private final SiteCrawler crawler;
    private final AdIndex index;
    private final Runnable commit;
    private final ScanMetrics metrics;

    /**
     * @param sites the sites a partition may name
     * @param crawler crawls one site (shared by the partitions: it paces requests per host)
     * @param index where the ads go
     * @param commit makes the site's ads durable: commits the index and saves the crawl memory
     * @param metrics counts pages and ads
     */
    public CrawlSiteTasklet(Supplier<List<SiteProfile>> sites, SiteCrawler crawler, AdIndex index, Runnable commit,
                            ScanMetrics metrics) {
        this.sites = sites;
        this.crawler = crawler;
        this.index = index;
        this.commit = commit;
        this.metrics = metrics;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        String name = step.getExecutionContext().getString(SitePartitioner.SITE_KEY);
        SiteCrawlStats stats = sites.get().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(site -> crawl(site, contribution))
                .orElseGet(() -> SiteCrawlStats.failed(name, "site " + name + " is no longer among the site profiles"));
        commit.run();
        metrics.crawled(stats);
        step.getExecutionContext().putString(SITE_STATS_KEY, JSON.writeValueAsString(stats));
        System.err.println(stats.failed() ? "crawled " + name + ": FAILED: " + stats.failure()
                : String.format("crawled %s: %d pages, %d new, %d changed, %d unchanged ads, %d failed pages", name,
                stats.pages(), stats.newAds(), stats.changedAds(), stats.unchangedAds(), stats.failures().size()));
        return RepeatStatus.FINISHED;
    }

    private SiteCrawlStats crawl(SiteProfile site, StepContribution contribution) {
        AtomicIntegerArray upserts = new AtomicIntegerArray(Upsert.values().length);
        SiteCrawler.CrawlReport r;
        try {
            r = crawler.crawl(site, ad -> {
                upserts.incrementAndGet(index.upsert(ad).ordinal());
                contribution.incrementReadCount();
                contribution.incrementWriteCount(1);
            });
        } catch (RuntimeException e) {
            return SiteCrawlStats.failed(site.name(), e.getMessage() == null ? e.toString() : e.getMessage());
        }
        String failure = null;
        if (r.listingPages() == 0) {
            failure = r.failures().isEmpty() ? "no listing page could be read" : r.failures().get(0);
        }
        return new SiteCrawlStats(site.name(), r.listingPages(), r.adPages(), upserts.get(Upsert.NEW.ordinal()),
                upserts.get(Upsert.CHANGED.ordinal()), upserts.get(Upsert.UNCHANGED.ordinal()) + r.unchanged(), r.noAd(),
                r.failures(), failure);
    }

    /**
     * @param json the value stored under {@link #SITE_STATS_KEY}
     * @return the site's numbers
     */
    static SiteCrawlStats parse(String json) {
        return JSON.readValue(json, SiteCrawlStats.class);
    }
}
