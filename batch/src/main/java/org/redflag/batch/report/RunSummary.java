package org.redflag.batch.report;

import java.util.List;
import org.redflag.batch.scan.SiteCrawlStats;

/**
 * The numbers of one scan, kept beside its report so that the report can be rendered again.
 *
 * @param runId the job execution's id
 * @param started when the scan started, ISO-8601
 * @param finished when the report was written, ISO-8601
 * @param sites what the crawl did per site
 * @param analysed ads analysed and scored in this run
 * @param skipped ads skipped as bad in this run
 * @param model the id of the model that scored
 */
public record RunSummary(long runId, String started, String finished, List<SiteCrawlStats> sites, long analysed,
                         long skipped, String model) {
}
