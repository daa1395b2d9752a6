package org.redflag.batch.scan;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sums the partitions' counts into the crawl step (as Spring Batch does) and gathers each site's
 * numbers into the job's execution context (key {@value #STATS_KEY}), where the report reads them.
 *
 * <p>A restarted scan runs again only the partitions that did not complete: a site whose partition completed in an
 * earlier attempt of the scan keeps that attempt's numbers, read from the job repository ({@link #completedEarlier}).
 */
public class SiteStatsAggregator implements StepExecutionAggregator {

    /** Key of the crawl's per-site numbers (JSON) in the job's execution context. */
    public static final String STATS_KEY = "crawl.stats";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final StepExecutionAggregator counts = new DefaultStepExecutionAggregator();
    private final JobRepository repository;

    /** @param repository where the partitions of a restarted scan's earlier attempts are found */
    public SiteStatsAggregator(JobRepository repository) {
        this.repository = repository;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        counts.aggregate(result, executions);
        Map<String, SiteCrawlStats> sites = completedEarlier(result.getJobExecution());
        for (StepExecution partition : executions) {
            String json = partition.getExecutionContext().getString(CrawlSiteTasklet.SITE_STATS_KEY, null);
            SiteCrawlStats stats;
            if (json != null) {
                stats = CrawlSiteTasklet.parse(json);
            } else {
                String site = partition.getExecutionContext().getString(SitePartitioner.SITE_KEY, partition.getStepName());
                stats = SiteCrawlStats.failed(site, "the crawl of " + site + " ended " + partition.getStatus()
                        + failureOf(partition));
            }
            sites.put(stats.site(), stats);
        }
        result.getJobExecution().getExecutionContext().putString(STATS_KEY, JSON.writeValueAsString(List.copyOf(sites.values())));
    }

    /**
     * @param job this attempt of the scan
     * @return by site, the numbers of the sites whose partition completed in an earlier attempt of the scan, the
     *     latest attempt's when several did; empty for a first attempt
     */
    private Map<String, SiteCrawlStats> completedEarlier(JobExecution job) {
        Map<String, SiteCrawlStats> sites = new TreeMap<>();
        repository.getJobExecutions(job.getJobInstance()).stream()
                .filter(attempt -> attempt.getId() < job.getId())
                .sorted(Comparator.comparingLong(JobExecution::getId))
                .flatMap(attempt -> attempt.getStepExecutions().stream())
                .filter(step -> step.getStatus() == BatchStatus.COMPLETED
                        && step.getStepName().startsWith(ScanJobConfiguration.CRAWL_SITE_STEP))
                .map(step -> step.getExecutionContext().getString(CrawlSiteTasklet.SITE_STATS_KEY, null))
                .filter(Objects::nonNull)
                .map(CrawlSiteTasklet::parse)
                .forEach(stats -> sites.put(stats.site(), stats));
        return sites;
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
