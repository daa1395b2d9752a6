package org.redflag.batch.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Supplier;
import org.redflag.index.AdIndex;
import org.redflag.index.AdQuery;
import org.redflag.index.SiteChanges;
import org.redflag.index.Upsert;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.SiteCrawler;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The crawl's worker: crawls the one site its partition names and stores the ads it finds; new and
 * changed ads wait for analysis. A site that is down, whose listing pages all fail, or whose pages yield
 * no ad at all (ad pages that all fail or hold no ad, or no ad page found on a site that had ads: a selector that
 * no longer matches) is recorded as
 * failed in the partition's numbers (key {@value #SITE_STATS_KEY}) instead of failing the step: the
 * other sites' ads are still analysed and reported, and the run is partial.
 *
 * <p>A site crawled again in a restarted scan finds unchanged the ads an earlier attempt of the scan stored: its new
 * and changed ads are then counted from the index, as those stored since the scan started ({@link #ofTheScan}).
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
    private final JobRepository repository;

    /**
     * @param sites the sites a partition may name
     * @param crawler crawls one site (shared by the partitions: it paces requests per host)
     * @param index where the ads go
     * @param commit makes the site's ads durable: commits the index and saves the crawl memory
     * @param metrics counts pages and ads
     * @param repository tells a restarted scan from a first attempt
     */
    public CrawlSiteTasklet(Supplier<List<SiteProfile>> sites, SiteCrawler crawler, AdIndex index, Runnable commit,
                            ScanMetrics metrics, JobRepository repository) {
        this.sites = sites;
        this.crawler = crawler;
        this.index = index;
        this.commit = commit;
        this.metrics = metrics;
        this.repository = repository;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        StepExecution step = chunkContext.getStepContext().getStepExecution();
        String name = step.getExecutionContext().getString(SitePartitioner.SITE_KEY);
        SiteCrawlStats stats = sites.get().stream().filter(s -> s.name().equals(name)).findFirst()
                .map(site -> crawl(site, contribution))
                .orElseGet(() -> SiteCrawlStats.failed(name, "site " + name + " is no longer among the site profiles"));
        commit.run();
        stats = ofTheScan(stats, step.getJobExecution());
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
        int newAds = upserts.get(Upsert.NEW.ordinal());
        int changedAds = upserts.get(Upsert.CHANGED.ordinal());
        int unchangedAds = upserts.get(Upsert.UNCHANGED.ordinal()) + r.unchanged();
        String failure = null;
        if (r.listingPages() == 0) {
            failure = r.failures().isEmpty() ? "no listing page could be read" : r.failures().get(0);
        } else if (newAds + changedAds + unchangedAds == 0 && (r.adPages() > 0 || !r.failures().isEmpty() || hadAds(site))) {
            failure = noAds(r);
        }
        return new SiteCrawlStats(site.name(), r.listingPages(), r.adPages(), newAds, changedAds, unchangedAds, r.noAd(),
                r.failures(), failure);
    }

    /**
     * @param crawl what this attempt's crawl of the site found
     * @param job this attempt
     * @return the site's numbers in the scan: in a first attempt, the crawl's; in a restart, new and changed ads are
     *     those the index stored since the scan started ({@link AdIndex#changesSince}), in this attempt or an earlier
     *     one, and the other ads found are unchanged
     */
    private SiteCrawlStats ofTheScan(SiteCrawlStats crawl, JobExecution job) {
        if (crawl.failed() || repository.getJobExecutions(job.getJobInstance()).size() < 2) {
            return crawl;
        }
        SiteChanges scan = index.changesSince(crawl.site(), job.getJobParameters().getLong(ScanLauncher.STARTED));
        int found = crawl.newAds() + crawl.changedAds() + crawl.unchangedAds();
        return new SiteCrawlStats(crawl.site(), crawl.listingPages(), crawl.adPages(), scan.newAds(), scan.changedAds(),
                Math.max(0, found - scan.newAds() - scan.changedAds()), crawl.noAd(), crawl.failures(), crawl.failure());
    }

    /**
     * @return true when the index holds ads of the site from earlier scans: a site that listed ads and now lists none
     *     has most likely changed its layout, where a board that never listed an ad may just have none yet
     */
    private boolean hadAds(SiteProfile site) {
        return index.search(AdQuery.builder().site(site.name()).limit(1).build()).total() > 0;
    }

    /**
     * @return why a site whose listing pages were read yielded no ad, in a few words: its pages failed (and the first
     *     failure), its ad pages held no ad, or no ad page was found (the profile's selectors no longer match the board)
     */
    static String noAds(SiteCrawler.CrawlReport r) {
        List<String> what = new ArrayList<>();
        if (r.noAd() > 0) {
            what.add(pages(r.noAd()) + " without an ad");
        }
        if (r.noAd() > 0 || r.failures().isEmpty()) {
            what.add("check the profile's selectors");
        }
        if (!r.failures().isEmpty()) {
            what.add(pages(r.failures().size()) + " failed, the first: " + r.failures().get(0));
        }
        return "no ads: " + String.join(", ", what);
    }

    private static String pages(int n) {
        return n + (n == 1 ? " page" : " pages");
    }

    /**
     * @param json the value stored under {@link #SITE_STATS_KEY}
     * @return the site's numbers
     */
    static SiteCrawlStats parse(String json) {
        return JSON.readValue(json, SiteCrawlStats.class);
    }
}
