package org.redflag.batch.scan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sums the partitions' counts into the crawl step (as Spring Batch does) and gathers each site's
 * numbers into the job's execution context (key {@value #STATS_KEY}), where the report reads them.
 */
public class SiteStatsAggregator implements StepExecutionAggregator {

    /** Key of the crawl's per-site numbers (JSON) in the job's execution context. */
    public static final String STATS_KEY = "crawl.stats";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        counts.aggregate(result, executions);
        List<SiteCrawlStats> sites = new ArrayList<>();
        for (StepExecution partition : executions) {
            String json = partition.getExecutionContext().getString(CrawlSiteTasklet.SITE_STATS_KEY, null);
            if (json != null) {
                sites.add(CrawlSiteTasklet.parse(json));
            } else {
                String site = partition.getExecutionContext().getString(SitePartitioner.SITE_KEY, partition.getStepName());
                sites.add(SiteCrawlStats.failed(site, "the crawl of " + site + " ended " + partition.getStatus()
                        + failureOf(partition)));
            }
        }
        sites.sort(Comparator.comparing(SiteCrawlStats::site));
        result.getJobExecution().getExecutionContext().putString(STATS_KEY, JSON.writeValueAsString(sites));
    }

    private static String failureOf(StepExecution partition) {
        return partition.getFailureExceptions().stream().findFirst().map(t -> ": " + t.getMessage()).orElse("");
    }

    /**
     * @param json the value stored under {@link #STATS_KEY}, or null
     * @return the per-site numbers
     */
    public static List<SiteCrawlStats> parseStats(String json) {
        if (json == null) {
            return List.of();
        }
        return List.of(JSON.readValue(json, SiteCrawlStats[].class));
    }
}
