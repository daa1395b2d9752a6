package org.redflag.batch.scan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Counts the ads the analysis skips per site (key prefix {@value #PREFIX}) and keeps the first {@value #KEPT}
 * of them with why they were skipped (key {@value #SKIPPED_ADS_KEY}, JSON), in the step's execution context:
 * they are stored with the step, and the report shows the counts per site and lists the ads, even when a
 * restarted scan writes its report after an analysis a stopped execution completed. A read that fails names no
 * ad: it is counted, not listed.
 *
 * <p>An ad refused for its content ({@link AdRefusedException}) is marked so in the index ({@link AdIndex#refuse}):
 * no later analysis reads it again until its content changes. Any other skipped ad stays pending, so a restarted
 * analysis reads it again and skips it again (or, when what failed has passed, analyses it). Of what a stopped
 * execution recorded, which its context hands on to the restart, the ads now refused are kept and counted, and
 * the others forgotten instead of counted twice.
 */
public class AnalysisSkipListener implements SkipListener<String, ScoredAd>, StepExecutionListener {

    /** Prefix of the per-site skip counts in the analysis step's execution context. */
    public static final String PREFIX = "skipped.site.";
    /** Key of the skipped ads kept (JSON) in the analysis step's execution context. */
    public static final String SKIPPED_ADS_KEY = "skipped.ads";
    /** How many skipped ads are kept with their reasons: a broken board's skips do not bloat the job repository. */
    public static final int KEPT = 100;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNKNOWN = "unknown";

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
        ExecutionContext ec = stepExecution.getExecutionContext();
        List<SkippedAd> carried = read(ec);
        ec.entrySet().stream().map(Map.Entry::getKey)
                .filter(key -> key.startsWith(PREFIX) || key.equals(SKIPPED_ADS_KEY)).toList().forEach(ec::remove);
        if (!carried.isEmpty()) {
            Set<String> refused = new HashSet<>(index.refusedIds());
            carried.stream().filter(ad -> refused.contains(ad.id())).forEach(ad -> {
                tally(ec, ad.site());
                keep(ad);
            });
        }
    }

    @Override
    public void onSkipInRead(Throwable t) {
        count(UNKNOWN);
    }

    @Override
    public void onSkipInProcess(String id, Throwable t) {
        Optional<JobAd> ad = skipped(id, t);
        if (t instanceof AdRefusedException) {
            // the same content would be refused again: the next scan tries the ad only when it changes
            ad.ifPresent(index::refuse);
        }
    }

    @Override
    public void onSkipInWrite(ScoredAd item, Throwable t) {
        // an assessment-only item (re-scoring from stored features) carries no analysis: look the ad up
        skipped(item.adId(), t);
    }

    /** @return the skipped ad as stored, when it is */
    private Optional<JobAd> skipped(String id, Throwable t) {
        Optional<JobAd> ad = index.get(id).map(StoredAd::ad);
        String site = ad.map(JobAd::source).filter(s -> !s.isEmpty()).orElse(UNKNOWN);
        String reason = t.getMessage() == null ? t.toString() : t.getMessage();
        count(site);
        keep(new SkippedAd(id, site, ad.map(JobAd::url).orElse(""), reason));
        return ad;
    }

    private synchronized void count(String site) {
        metrics.skipped();
        if (step != null) {
            tally(step.getExecutionContext(), site);
        }
    }

    private static void tally(ExecutionContext ec, String site) {
        ec.putInt(PREFIX + site, ec.getInt(PREFIX + site, 0) + 1);
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

    /**
     * @param analysis the analysis step's execution
     * @return how many ads the scan's analysis skipped, with those a stopped execution refused before a restart
     */
    public static long skippedTotal(StepExecution analysis) {
        return skippedBySite(analysis).values().stream().mapToLong(Integer::longValue).sum();
    }

    /**
     * @param analysis the analysis step's execution
     * @return the first ads it skipped, at most {@value #KEPT}, in the order they were skipped
     */
    public static List<SkippedAd> skippedAds(StepExecution analysis) {
        return read(analysis.getExecutionContext());
    }

    private static List<SkippedAd> read(ExecutionContext ec) {
        String json = ec.getString(SKIPPED_ADS_KEY, null);
        return json == null ? List.of() : List.of(JSON.readValue(json, SkippedAd[].class));
    }
}
