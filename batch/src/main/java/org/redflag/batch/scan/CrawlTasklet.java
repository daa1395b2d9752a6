package org.redflag.batch.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.redflag.RedflagException;
import org.redflag.index.AdIndex;
import org.redflag.index.Upsert;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.SiteCrawler;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crawls every site and stores the ads it finds; new and changed ads wait for analysis. A site that
 * fails is counted and reported, never fatal to the scan. The per-site numbers go to the job's
 * execution context (key {@value #STATS_KEY}) for the report.
 */
public class CrawlTasklet implements Tasklet {

    /** Key of the crawl statistics (JSON) in the job's execution context. */
    public static final String STATS_KEY = "crawl.stats";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<SiteProfile> sites;
    private final SiteCrawler crawler;
    private final AdIndex index;
    private final Runnable afterCommit;

    /**
     * @param sites the sites to crawl
     * @param crawler crawls one site
     * @param index where the ads go
     * @param afterCommit run after each site's ads are committed to the index (saves the crawl memory)
     */
    public CrawlTasklet(List<SiteProfile> sites, SiteCrawler crawler, AdIndex index, Runnable afterCommit) {
        this.sites = sites;
        this.crawler = crawler;
        this.index = index;
        this.afterCommit = afterCommit;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<SiteCrawlStats> stats = new ArrayList<>();
        for (SiteProfile site : sites) {
            AtomicIntegerArray upserts = new AtomicIntegerArray(Upsert.values().length);
            System.err.printf("crawling %s ...%n", site.name());
            try {
                SiteCrawler.CrawlReport r = crawler.crawl(site, ad -> {
                    upserts.incrementAndGet(index.upsert(ad).ordinal());
                    contribution.incrementReadCount();
                    contribution.incrementWriteCount(1);
                });
                stats.add(new SiteCrawlStats(site.name(), r.listingPages(), r.adPages(), upserts.get(Upsert.NEW.ordinal()),
                        upserts.get(Upsert.CHANGED.ordinal()), upserts.get(Upsert.UNCHANGED.ordinal()) + r.unchanged(), r.noAd(),
                        r.failures()));
            } catch (RedflagException e) {
                stats.add(new SiteCrawlStats(site.name(), 0, 0, 0, 0, 0, 0, List.of(e.getMessage())));
            }
            index.commit();
            afterCommit.run();
        }
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext()
                .putString(STATS_KEY, JSON.writeValueAsString(stats));
        return RepeatStatus.FINISHED;
    }

    /**
     * @param json the value stored under {@link #STATS_KEY}
     * @return the per-site statistics
     */
    public static List<SiteCrawlStats> parseStats(String json) {
        if (json == null) {
            return List.of();
        }
        return List.of(JSON.readValue(json, SiteCrawlStats[].class));
    }
}
