package org.redflag.batch.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.redflag.AdRefusedException;
import org.redflag.ad.JobAd;
import org.redflag.index.AdIndex;
import org.redflag.index.StoredAd;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records the ads the analysis skips. An ad refused for its content ({@link AdRefusedException}) is marked so in the
 * index with why and by which scan ({@link AdIndex#refuse}): no later analysis reads it again until its content
 * changes, and the refusal is durable with the chunk the index commits next, so that no kill can keep the refusal and
 * lose its record. Any other skipped ad stays pending and is recorded in the step's execution context: counted per site
 * (key prefix {@value #PREFIX}), and the first {@value #KEPT} kept with why (key {@value #SKIPPED_ADS_KEY}, JSON). A
 * restarted analysis reads such an ad again and skips it again (or, when what failed has passed, analyses it), so it
 * forgets what a stopped execution recorded instead of counting it twice. A read that fails names no ad: it is
 * counted, not listed. {@link ScanSkips} gathers both for the report.
 */
public class AnalysisSkipListener implements SkipListener<String, ScoredAd>, StepExecutionListener {

    /** Prefix of the per-site skip counts in the analysis step's execution context. */
    public static final String PREFIX = "skipped.site.";
    /** Key of the skipped ads kept (JSON) in the analysis step's execution context. */
    public static final String SKIPPED_ADS_KEY = "skipped.ads";
    /** How many skipped ads are kept with their reasons: a broken board's skips do not bloat the job repository. */
    public static final int KEPT = 100;

    private static final String UNKNOWN = "unknown";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AdIndex index;
    private final ScanMetrics metrics;
    private volatile StepExecution step;
    private volatile String scan;

    /**
     * @param index tells which site a skipped ad comes from, and keeps the refusals
     * @param metrics counts skips
     */
    public AnalysisSkipListener(AdIndex index, ScanMetrics metrics) {
        this.index = index;
        this.metrics = metrics;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        this.step = stepExecution;
        this.scan = ScanNumber.label(stepExecution.getJobExecution());
        ExecutionContext ec = stepExecution.getExecutionContext();
        ec.entrySet().stream().map(Map.Entry::getKey)
                .filter(key -> key.startsWith(PREFIX) || key.equals(SKIPPED_ADS_KEY)).toList().forEach(ec::remove);
    }

    @Override
    public void onSkipInRead(Throwable t) {
        metrics.skipped();
        count(UNKNOWN);
    }

    @Override
    public void onSkipInProcess(String id, Throwable t) {
        Optional<JobAd> ad = index.get(id).map(StoredAd::ad);
        if (t instanceof AdRefusedException && ad.isPresent()) {
            // the same content would be refused again: the next scan tries the ad only when it changes
            metrics.skipped();
            index.refuse(ad.get(), reasonOf(t), scan);
        } else {
            skipped(id, ad, t);
        }
    }

    @Override
    public void onSkipInWrite(ScoredAd item, Throwable t) {
        // an assessment-only item (re-scoring from stored features) carries no analysis: look the ad up
        skipped(item.adId(), index.get(item.adId()).map(StoredAd::ad), t);
    }

    private void skipped(String id, Optional<JobAd> ad, Throwable t) {
        metrics.skipped();
        String site = ad.map(AnalysisSkipListener::siteOf).orElse(UNKNOWN);
        count(site);
        keep(new SkippedAd(id, site, ad.map(JobAd::url).orElse(""), reasonOf(t)));
    }

    /** @return the site a skipped ad comes from, as the report names it: {@code unknown} when the ad names none */
    static String siteOf(JobAd ad) {
        return ad.source().isEmpty() ? UNKNOWN : ad.source();
    }

    private static String reasonOf(Throwable t) {
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    private synchronized void count(String site) {
        if (step != null) {
            ExecutionContext ec = step.getExecutionContext();
            ec.putInt(PREFIX + site, ec.getInt(PREFIX + site, 0) + 1);
        }
    }

    private synchronized void keep(SkippedAd ad) {
        if (step != null) {
            ExecutionContext ec = step.getExecutionContext();
            List<SkippedAd> kept = new ArrayList<>(read(ec));
            if (kept.size() < KEPT) {
                kept.add(ad);
                ec.putString(SKIPPED_ADS_KEY, JSON.writeValueAsString(kept));
            }
        }
    }

    /**
     * @param analysis the analysis step's execution
     * @return the ads it skipped and did not refuse, by site
     */
    static Map<String, Integer> unrefusedBySite(StepExecution analysis) {
        Map<String, Integer> bySite = new TreeMap<>();
        for (Map.Entry<String, Object> e : analysis.getExecutionContext().entrySet()) {
            if (e.getKey().startsWith(PREFIX) && e.getValue() instanceof Integer n) {
                bySite.put(e.getKey().substring(PREFIX.length()), n);
            }
        }
        return bySite;
    }

    /**
     * @param analysis the analysis step's execution
     * @return the first ads it skipped and did not refuse, at most {@value #KEPT}, in the order they were skipped
     */
    static List<SkippedAd> unrefusedAds(StepExecution analysis) {
        return read(analysis.getExecutionContext());
    }

    private static List<SkippedAd> read(ExecutionContext ec) {
        String json = ec.getString(SKIPPED_ADS_KEY, null);
        return json == null ? List.of() : List.of(JSON.readValue(json, SkippedAd[].class));
    }
}
