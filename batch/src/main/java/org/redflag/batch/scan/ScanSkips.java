package org.redflag.batch.scan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.redflag.index.RefusedAd;
import org.springframework.batch.core.step.StepExecution;

/**
 * What a scan's analysis skipped, as its report shows it: the ads refused for their content, as the index keeps them
 * ({@link org.redflag.index.AdIndex#refusedBy}), and the others, as the analysis step recorded them
 * ({@link AnalysisSkipListener}).
 *
 * @param total how many ads were skipped
 * @param bySite how many by site
 * @param listed the first ones, at most {@value AnalysisSkipListener#KEPT}: the refused ones in the order refused, then
 *     the others in the order skipped
 */
record ScanSkips(long total, Map<String, Integer> bySite, List<SkippedAd> listed) {

    /**
     * @param refused the ads the scan refused
     * @param analysis the scan's analysis step
     * @return what the scan skipped
     */
    static ScanSkips of(List<RefusedAd> refused, StepExecution analysis) {
        List<SkippedAd> refusedAds = refused.stream().map(r -> new SkippedAd(r.ad().id(),
                AnalysisSkipListener.siteOf(r.ad()), r.ad().url(), r.reason())).toList();
        Map<String, Integer> bySite = new TreeMap<>(AnalysisSkipListener.unrefusedBySite(analysis));
        refusedAds.forEach(ad -> bySite.merge(ad.site(), 1, Integer::sum));
        List<SkippedAd> listed = Stream.concat(refusedAds.stream(), AnalysisSkipListener.unrefusedAds(analysis).stream())
                .limit(AnalysisSkipListener.KEPT).toList();
        return new ScanSkips(bySite.values().stream().mapToLong(Integer::longValue).sum(), bySite, listed);
    }
}
