package org.redflag.batch.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.redflag.batch.scan.SiteCrawlStats;
import org.redflag.batch.scan.SkippedAd;

/**
 * The table printed at the end of a scan: per site and in total, the pages read, the ads new,
 * changed and unchanged, the ads skipped as bad, the high-risk ads, the status; then the sites that failed (could not
 * be crawled, or yielded no ad) and why,
 * and the first ads skipped and why, one line each (the report lists more).
 */
public final class SummaryTable {

    private static final String ROW = "%-24s %6s %6s %8s %10s %8s %10s  %s%n";
    /** How many skipped ads are printed; the report lists more. */
    static final int SKIPPED_SHOWN = 10;

    private SummaryTable() {
    }

    /**
     * @param run the run's numbers
     * @param out where the table goes
     */
    public static void print(RunSummary run, PrintWriter out) {
        out.printf(ROW, "site", "pages", "new", "changed", "unchanged", "skipped", "high risk", "status");
        int pages = 0, newAds = 0, changed = 0, unchanged = 0, skipped = 0, high = 0;
        for (SiteCrawlStats s : run.sites()) {
            int siteSkipped = run.skippedBySite().getOrDefault(s.site(), 0);
            int siteHigh = run.highRiskBySite().getOrDefault(s.site(), 0);
            out.printf(ROW, s.site(), s.pages(), s.newAds(), s.changedAds(), s.unchangedAds(), siteSkipped, siteHigh,
                    status(s, siteHigh));
            pages += s.pages();
            newAds += s.newAds();
            changed += s.changedAds();
            unchanged += s.unchangedAds();
            skipped += siteSkipped;
            high += siteHigh;
        }
        // ads of no listed site (added by hand, or from sites no longer scanned) count in the total only
        skipped = (int) Math.max(skipped, run.skipped());
        high = Math.max(high, run.highRisk());
        out.printf(ROW, "total", pages, newAds, changed, unchanged, skipped, high,
                run.partial() ? run.failedSites().size() + " of " + run.sites().size() + " sites failed" : "ok");
        for (SiteCrawlStats s : run.failedSites()) {
            if (!s.yieldedNoAd()) { // the status of a site that yielded no ad already says why
                out.printf(Locale.ROOT, "failed site %s: %s%n", s.site(), s.failure());
            }
        }
        out.printf(Locale.ROOT, "analysed %d ads, skipped %d; model %s%n", run.analysed(), run.skipped(), run.model());
        skipped(run, out);
        out.flush();
    }

    /**
     * @return the site's status in a few words: FAILED, or why it yielded no ad, when the run missed its ads (and then
     *     that its high-risk ads are from earlier scans); otherwise ok, with its failed pages and pages without an ad
     */
    static String status(SiteCrawlStats s, int highRisk) {
        if (s.failed()) {
            return (s.yieldedNoAd() ? s.failure() : "FAILED") + (highRisk > 0 ? "; high risk from earlier scans" : "");
        }
        StringBuilder status = new StringBuilder("ok");
        if (!s.failures().isEmpty()) {
            status.append(", ").append(s.failures().size()).append(" pages failed");
        }
        if (s.noAd() > 0) {
            status.append(", ").append(s.noAd()).append(" pages without an ad");
        }
        return status.toString();
    }

    private static void skipped(RunSummary run, PrintWriter out) {
        List<SkippedAd> shown = run.skippedAds().stream().limit(SKIPPED_SHOWN).toList();
        for (SkippedAd ad : shown) {
            out.printf("skipped %s (%s): %s%n", ad.id(), ad.site(), ad.reason());
        }
        if (!shown.isEmpty() && run.skipped() > shown.size()) {
            out.printf(Locale.ROOT, "... and %d more: see the report%n", run.skipped() - shown.size());
        }
    }
}
