package org.redflag.batch.scan;

import java.util.Map;
import java.util.TreeMap;
import org.redflag.index.AdIndex;
import org.redflag.index.StoredAd;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Counts the ads the analysis skips per site, in the step's execution context (key prefix
 * {@value #PREFIX}), so that the numbers survive a restart; the report shows them per site.
 */
public class AnalysisSkipListener implements SkipListener<String, ScoredAd>, StepExecutionListener {

    /** Prefix of the per-site skip counts in the analysis step's execution context. */
    public static final String PREFIX = "skipped.site.";

    private final AdIndex index;
    private final ScanMetrics metrics;
    private volatile StepExecution step;

    /**
     * @param index tells which site a skipped ad comes from
     * @param metrics counts skips
     */
    public AnalysisSkipListener(AdIndex index, ScanMetrics metrics) {
        this.index = index;
        this.metrics = metrics;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
    }

    @Override
    public void onSkipInRead(Throwable t) {
        count("unknown");
    }

    @Override
    public void onSkipInProcess(String id, Throwable t) {
        count(siteOf(id));
    }

    @Override
    public void onSkipInWrite(ScoredAd item, Throwable t) {
        // an assessment-only item (re-scoring from stored features) carries no analysis: look the ad up
        count(siteOf(item.adId()));
    }

    private String siteOf(String id) {
        return index.get(id).map(StoredAd::ad).map(ad -> ad.source().isEmpty() ? "unknown" : ad.source()).orElse("unknown");
    }

    private synchronized void count(String site) {
        metrics.skipped();
        if (step != null) {
            ExecutionContext ec = step.getExecutionContext();
            ec.putInt(PREFIX + site, ec.getInt(PREFIX + site, 0) + 1);
        }
    }

    /**
     * @param analysis the analysis step's execution
     * @return the ads it skipped, by site
     */
    public static Map<String, Integer> skippedBySite(StepExecution analysis) {
        Map<String, Integer> bySite = new TreeMap<>();
        for (Map.Entry<String, Object> e : analysis.getExecutionContext().entrySet()) {
            if (e.getKey().startsWith(PREFIX) && e.getValue() instanceof Integer n) {
                bySite.put(e.getKey().substring(PREFIX.length()), n);
            }
        }
        return bySite;
    }
}
