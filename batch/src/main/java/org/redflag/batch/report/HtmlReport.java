package org.redflag.batch.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.nodes.Entities;
import org.redflag.ad.JobAd;
import org.redflag.batch.scan.SiteCrawlStats;
import org.redflag.batch.scan.SkippedAd;
import org.redflag.classify.RiskLevel;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.AssessedAd;
import org.redflag.nlp.Span;

/**
 * Renders a run's report as one self-contained HTML page: no script, no network, charts as inline SVG.
 */
final class HtmlReport {

    private HtmlReport() {
    }

    static String render(RunSummary run, ReportTally scored, List<Map<String, Object>> metrics) {
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Redflag scan ").append(run.runId())
                .append("</title><style>").append(CSS).append("</style></head><body>");
        h.append("<h1>Redflag scan report</h1><p class=\"sub\">Run ").append(run.runId()).append(" &middot; started ")
                .append(esc(run.started())).append(" &middot; finished ").append(esc(run.finished()))
                .append(" &middot; ").append(models(run, scored)).append("</p>");
        if (run.partial()) {
            h.append("<div class=\"alert\"><b>Partial run:</b> ").append(run.failedSites().size()).append(" of ")
                    .append(run.sites().size()).append(" sites could not be crawled or yielded no ad, so their new ads are missing from this report.<ul>");
            for (SiteCrawlStats s : run.failedSites()) {
                h.append("<li><b>").append(esc(s.site())).append("</b>: ").append(esc(s.failure())).append("</li>");
            }
            h.append("</ul></div>");
        }
        summary(h, run, scored);
        h.append("<div class=\"charts\"><section><h2>Risk distribution</h2>").append(histogram(scored))
                .append("</section><section><h2>Indicators by frequency</h2>").append(indicatorChart(scored)).append("</section></div>");
        sites(h, run);
        skippedAds(h, run);
        riskiest(h, scored);
        statistics(h, metrics);
        h.append("<footer>Written by Redflag. A risk score is a lead for a person to check, not a verdict. ")
                .append("Evidence is the exact text of the ad that shows each indicator.</footer></body></html>");
        return h.toString();
    }

    /**
     * @return the models behind the report's scores: the one that scored every ad (the scan's when it has no ads);
     *     each model with its number of ads, most ads first, when a rescore left ads scored by different models
     */
    static String models(RunSummary run, ReportTally scored) {
        Map<String, Integer> models = scored.models();
        if (models.size() <= 1) {
            return "model <code>" + esc(models.isEmpty() ? run.model() : models.keySet().iterator().next()) + "</code>";
        }
        return models.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(m -> "<code>" + esc(m.getKey()) + "</code> (" + m.getValue() + (m.getValue() == 1 ? " ad)" : " ads)"))
                .collect(Collectors.joining(", ", "models ", ""));
    }

    private static void summary(StringBuilder h, RunSummary run, ReportTally scored) {
        Map<RiskLevel, Integer> levels = scored.levels();
        int pages = run.sites().stream().mapToInt(s -> s.listingPages() + s.adPages()).sum();
        int newAds = run.sites().stream().mapToInt(SiteCrawlStats::newAds).sum();
        int changed = run.sites().stream().mapToInt(SiteCrawlStats::changedAds).sum();
        int unchanged = run.sites().stream().mapToInt(SiteCrawlStats::unchangedAds).sum();
        int failures = run.sites().stream().mapToInt(s -> s.failures().size()).sum();
        h.append("<div class=\"tiles\">");
        tile(h, "sites", run.sites().size());
        if (run.partial()) {
            h.append("<div class=\"tile high\"><b>").append(run.failedSites().size()).append("</b>failed sites</div>");
        }
        tile(h, "pages fetched", pages);
        tile(h, "new ads", newAds);
        tile(h, "changed", changed);
        tile(h, "unchanged", unchanged);
        tile(h, "analysed", run.analysed());
        tile(h, "skipped", run.skipped());
        tile(h, "failed pages", failures);
        h.append("</div><div class=\"tiles\">");
        tile(h, "ads in the index", scored.ads());
        h.append("<div class=\"tile high\"><b>").append(levels.getOrDefault(RiskLevel.HIGH, 0)).append("</b>high risk</div>");
        h.append("<div class=\"tile medium\"><b>").append(levels.getOrDefault(RiskLevel.MEDIUM, 0)).append("</b>medium risk</div>");
        h.append("<div class=\"tile low\"><b>").append(levels.getOrDefault(RiskLevel.LOW, 0)).append("</b>low risk</div>");
        h.append("</div>");
    }

    private static void tile(StringBuilder h, String label, long n) {
        h.append("<div class=\"tile\"><b>").append(n).append("</b>").append(label).append("</div>");
    }

    private static String histogram(ReportTally scored) {
        int[] bins = scored.riskTenths();
        int max = Math.max(1, java.util.Arrays.stream(bins).max().orElse(1));
        int w = 420, hgt = 180, bw = 38;
        StringBuilder s = new StringBuilder("<svg viewBox=\"0 0 " + w + " " + (hgt + 50) + "\" role=\"img\" aria-label=\"ads by risk\">");
        for (int i = 0; i < 10; i++) {
            int bh = bins[i] * hgt / max;
            int x = 10 + i * (bw + 3);
            String colour = i >= 7 ? "#c0392b" : i >= 4 ? "#e67e22" : "#27ae60";
            s.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"><title>%d ads with risk %.1f-%.1f</title></rect>",
                    x, 20 + hgt - bh, bw, bh, colour, bins[i], i / 10.0, (i + 1) / 10.0));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"n\">%d</text>", x + bw / 2, 16 + hgt - bh, bins[i]));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"axis\">%.1f</text>", x + bw / 2, hgt + 38, i / 10.0));
        }
        return s.append("</svg>").toString();
    }

    private static String indicatorChart(ReportTally scored) {
        List<Map.Entry<Indicator, Integer>> rows = new ArrayList<>(scored.indicators().entrySet());
        rows.sort(Map.Entry.<Indicator, Integer>comparingByValue().reversed());
        if (rows.isEmpty()) {
            return "<p>No indicator found.</p>";
        }
        int max = rows.get(0).getValue();
        int rowH = 20;
        StringBuilder s = new StringBuilder("<svg viewBox=\"0 0 520 " + (rows.size() * rowH + 10) + "\" role=\"img\" aria-label=\"indicators by frequency\">");
        for (int i = 0; i < rows.size(); i++) {
            Indicator ind = rows.get(i).getKey();
            int n = rows.get(i).getValue();
            int bw = n * 280 / Math.max(1, max);
            int y = 5 + i * rowH;
            s.append(String.format(Locale.ROOT, "<text x=\"200\" y=\"%d\" class=\"label\">%s</text>", y + 14, ind.name()));
            s.append(String.format(Locale.ROOT, "<rect x=\"205\" y=\"%d\" width=\"%d\" height=\"15\" fill=\"%s\"><title>%s</title></rect>",
                    y + 2, bw, ind.isProtective() ? "#2e86c1" : "#c0392b", esc(ind.description())));
            s.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" class=\"count\">%d</text>", 210 + bw, y + 14, n));
        }
        return s.append("</svg>").toString();
    }

    private static void sites(StringBuilder h, RunSummary run) {
        h.append("<h2>Sites</h2><table><tr><th>site</th><th>status</th><th>listing pages</th><th>ad pages</th><th>new</th>")
                .append("<th>changed</th><th>unchanged</th><th>skipped</th><th>high risk</th><th>pages without an ad</th>")
                .append("<th>failed pages</th></tr>");
        for (SiteCrawlStats s : run.sites()) {
            h.append(s.failed() ? "<tr class=\"failed\">" : "<tr>").append("<td>").append(esc(s.site())).append("</td><td>")
                    .append(s.failed() ? "<b>failed</b>: " + esc(s.failure()) : "ok").append("</td><td>")
                    .append(s.listingPages()).append("</td><td>").append(s.adPages()).append("</td><td>").append(s.newAds())
                    .append("</td><td>").append(s.changedAds()).append("</td><td>").append(s.unchangedAds()).append("</td><td>")
                    .append(run.skippedBySite().getOrDefault(s.site(), 0)).append("</td><td>")
                    .append(run.highRiskBySite().getOrDefault(s.site(), 0)).append("</td><td>").append(s.noAd())
                    .append("</td><td>").append(s.failures().size());
            if (!s.failures().isEmpty()) {
                h.append("<details><summary>show</summary><ul>");
                s.failures().stream().limit(50).forEach(f -> h.append("<li>").append(esc(f)).append("</li>"));
                h.append("</ul></details>");
            }
            h.append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void skippedAds(StringBuilder h, RunSummary run) {
        if (run.skippedAds().isEmpty()) {
            return;
        }
        h.append("<h2>Skipped ads</h2><p>Ads that could not be analysed: each stays in the index unscored. An ad ")
                .append("refused for its text (none, too little, too much) is tried again when its content changes; ")
                .append("any other, at the next scan.");
        if (run.skipped() > run.skippedAds().size()) {
            h.append(" The first ").append(run.skippedAds().size()).append(" of ").append(run.skipped())
                    .append(" skipped ads are listed.");
        }
        h.append("</p><table><tr><th>ad</th><th>site</th><th>reason</th></tr>");
        for (SkippedAd ad : run.skippedAds()) {
            h.append("<tr><td>").append(isWebAddress(ad.url()) ? "<a href=\"" + esc(ad.url())
                            + "\" rel=\"noreferrer nofollow\">" + esc(ad.id()) + "</a>" : esc(ad.id()))
                    .append("</td><td>").append(esc(ad.site())).append("</td><td>").append(esc(ad.reason()))
                    .append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void statistics(StringBuilder h, List<Map<String, Object>> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        h.append("<h2>Run statistics</h2><table class=\"stats\"><tr><th>meter</th><th>tags</th><th>count</th>")
                .append("<th>total s</th><th>mean s</th><th>max s</th></tr>");
        for (Map<String, Object> m : metrics) {
            h.append("<tr><td><code>").append(esc(String.valueOf(m.get("name")))).append("</code></td><td>")
                    .append(esc(m.get("tags") instanceof Map<?, ?> tags && !tags.isEmpty() ? tags.toString() : "")).append("</td><td>")
                    .append(number(m.get("count"), "%.0f")).append("</td><td>").append(number(m.get("totalSeconds"), "%.2f"))
                    .append("</td><td>").append(number(m.get("meanSeconds"), "%.3f")).append("</td><td>")
                    .append(number(m.get("maxSeconds"), "%.3f")).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static String number(Object value, String format) {
        return value instanceof Number n ? String.format(Locale.ROOT, format, n.doubleValue()) : "";
    }

    private static void riskiest(StringBuilder h, ReportTally scored) {
        h.append("<h2>The riskiest ads</h2>");
        for (AssessedAd a : scored.riskiest()) {
            JobAd ad = a.ad();
            String level = a.assessment().level().name().toLowerCase(Locale.ROOT);
            h.append("<article class=\"ad\"><header><span class=\"badge ").append(level).append("\">")
                    .append(String.format(Locale.ROOT, "%.2f", a.assessment().risk())).append(" ").append(level).append("</span> <b>")
                    .append(esc(ad.title().isEmpty() ? "(no title)" : ad.title())).append("</b> &middot; ")
                    .append(esc(ad.employer().isEmpty() ? "no employer named" : ad.employer())).append(" &middot; ")
                    .append(esc(ad.location()));
            if (isWebAddress(ad.url())) {
                h.append(" &middot; <a href=\"").append(esc(ad.url())).append("\" rel=\"noreferrer nofollow\">source</a>");
            }
            h.append("</header><div class=\"codes\">");
            for (IndicatorMatch m : a.assessment().indicators()) {
                h.append("<span class=\"code ").append(m.indicator().isProtective() ? "protective" : "risk").append(learned(m))
                        .append("\">").append(m.indicator().name()).append("</span> ");
            }
            h.append("</div><p class=\"text\">").append(highlighted(ad.description(), a.assessment().indicators(), JobAd.Field.DESCRIPTION))
                    .append("</p>");
            for (IndicatorMatch m : a.assessment().indicators()) {
                for (Span s : m.evidence()) {
                    if (s.field() != JobAd.Field.DESCRIPTION) {
                        h.append("<p class=\"other\">").append(s.field().name().toLowerCase(Locale.ROOT)).append(": <mark>")
                                .append(esc(s.text())).append("</mark> (").append(m.indicator().name()).append(")</p>");
                    }
                }
            }
            h.append("</article>");
        }
    }

    /** @return whether the address may be linked to: a web page's, not a script or a local file */
    private static boolean isWebAddress(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    /** @return the class that sets apart what the sentence model found, with its leading space; empty for a rule's find */
    private static String learned(IndicatorMatch m) {
        return m.source() == IndicatorMatch.Source.MODEL ? " model" : "";
    }

    /**
     * @return the field's text, escaped, with each stretch of evidence in a mark that names every indicator whose
     *     evidence covers it (and, in its title, those the sentence model found): overlapping evidence is merged into
     *     one mark, so none hides another
     */
    static String highlighted(String text, List<IndicatorMatch> indicators, JobAd.Field field) {
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (EvidenceMark m : EvidenceMark.of(text, indicators, field)) {
            String codes = names(m.indicators());
            sb.append(esc(text.substring(pos, m.start())));
            sb.append("<mark class=\"").append(m.protective() ? "protective" : "risk").append(m.learned().isEmpty() ? "" : " model")
                    .append("\" title=\"").append(codes).append(foundByTheModel(m)).append("\">")
                    .append(esc(text.substring(m.start(), m.end()))).append("<sup>").append(codes).append("</sup></mark>");
            pos = m.end();
        }
        sb.append(esc(text.substring(pos)));
        return sb.toString().replace("\n", "<br>");
    }

    /** @return what of the mark the sentence model found, for its title: nothing, all of it, or which indicators */
    private static String foundByTheModel(EvidenceMark m) {
        if (m.learned().isEmpty()) {
            return "";
        }
        return m.learned().size() == m.indicators().size() ? ", found by the sentence model"
                : "; " + names(m.learned()) + " found by the sentence model";
    }

    private static String names(Collection<Indicator> indicators) {
        return String.join(", ", indicators.stream().map(Indicator::name).toList());
    }

    /** @return the text escaped for HTML, empty for null */
    static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    private static final String CSS = """
            body{font:15px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2em auto;max-width:1100px;color:#222;padding:0 1em}
            h1{margin-bottom:.1em}.sub{color:#666;margin-top:0}
            .tiles{display:flex;flex-wrap:wrap;gap:.6em;margin:.8em 0}
            .tile{background:#f4f6f8;border-radius:6px;padding:.5em .9em;min-width:7em;color:#555}
            .tile b{display:block;font-size:1.6em;color:#222}
            .tile.high b{color:#c0392b}.tile.medium b{color:#d35400}.tile.low b{color:#27ae60}
            .charts{display:flex;flex-wrap:wrap;gap:2em}.charts section{flex:1;min-width:380px}
            svg text{font-size:11px;fill:#444}svg .axis,svg .n{text-anchor:middle}svg .label{text-anchor:end}
            table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3em .5em;text-align:left;vertical-align:top}
            article.ad{border:1px solid #ddd;border-radius:6px;padding:.7em 1em;margin:1em 0}
            .badge{border-radius:4px;padding:.1em .5em;color:#fff;font-weight:600}
            .badge.high{background:#c0392b}.badge.medium{background:#e67e22}.badge.low{background:#27ae60}
            .code{font-size:.75em;border-radius:3px;padding:.05em .4em;margin-right:.2em}
            .code.risk{background:#fdecea;color:#a93226}.code.protective{background:#eaf2fb;color:#1f618d}
            mark.risk{background:#fde2e0}mark.protective{background:#dceefb}mark.model,.code.model{outline:1px dashed #888}
            mark sup{font-size:.6em;color:#a93226;margin-left:.2em}mark.protective sup{color:#1f618d}
            .text{white-space:normal}.other{color:#555;font-size:.9em}
            footer{margin-top:3em;color:#777;font-size:.85em}
            .alert{background:#fdecea;border:1px solid #e6b0aa;border-radius:6px;padding:.6em 1em;margin:1em 0}
            .alert ul{margin:.3em 0}tr.failed td{background:#fdf2f1}table.stats td{font-size:.9em}
            """;
}
