package org.redflag.batch.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redflag.batch.scan.SiteCrawlStats;
import org.redflag.batch.scan.SkippedAd;

/**
 * The numbers of one scan, kept beside its report so that the report can be rendered again.
 *
 * @param runId the scan's number in its data folder ({@link org.redflag.batch.scan.ScanNumber})
 * @param started when the scan started, local time ({@code yyyy-MM-dd HH:mm:ss})
 * @param finished when the report was written, local time
 * @param sites what the crawl did per site
 * @param analysed ads analysed and scored in this run
 * @param skipped ads skipped as bad in this run
 * @param model the id of the model that scored
 * @param skippedBySite ads skipped as bad in this run, by site
 * @param skippedAds the first ads skipped in this run, and why, at most
 *     {@value org.redflag.batch.scan.AnalysisSkipListener#KEPT} ({@code skipped} counts them all); empty in a
 *     {@code run.json} written before they were kept
 * @param highRiskBySite high-risk ads in the index after this run, by site
 */
public record RunSummary(long runId, String started, String finished, List<SiteCrawlStats> sites, long analysed,
                         long skipped, String model, Map<String, Integer> skippedBySite, List<SkippedAd> skippedAds,
                         Map<String, Integer> highRiskBySite) {

    public RunSummary {
        sites = sites == null ? List.of() : List.copyOf(sites);
        skippedBySite = skippedBySite == null ? Map.of() : new TreeMap<>(skippedBySite);
        skippedAds = skippedAds == null ? List.of() : List.copyOf(skippedAds);
        highRiskBySite = highRiskBySite == null ? Map.of() : new TreeMap<>(highRiskBySite);
    }

    /** @return the sites that could not be crawled or yielded no ad */
    public List<SiteCrawlStats> failedSites() {
        return sites.stream().filter(SiteCrawlStats::failed).toList();
    }

    /** @return true when some site could not be crawled or yielded no ad: the run is partial */
    public boolean partial() {
        return sites.stream().anyMatch(SiteCrawlStats::failed);
    }

    /** @return high-risk ads in the index, all sites */
    public int highRisk() {
        return highRiskBySite.values().stream().mapToInt(Integer::intValue).sum();
    }
}
