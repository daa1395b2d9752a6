package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.redflag.RedflagException;
import org.redflag.features.Indicator;
import org.redflag.index.AdHit;
import org.redflag.index.AdQuery;
import org.redflag.index.lucene.LuceneAdIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag search}: finds stored ads by text, risk and indicator. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Searches the ads of past scans (Lucene query syntax over title and body), riskiest first.",
        footer = {"", "Examples:", "  redflag search \"passport AND fee\"", "  redflag search \"*:*\" --min-risk 0.7 --indicator RECRUITMENT_FEE --json"})
final class SearchCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "a Lucene query; all ads when absent")
    String query = "";

    @Option(names = "--min-risk", paramLabel = "R", defaultValue = "0", description = "only ads with at least this risk")
    double minRisk;

    @Option(names = "--indicator", paramLabel = "CODE", description = "only ads with this indicator")
    String indicator;

    @Option(names = "--limit", defaultValue = "20", description = "the most ads to list (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "redflag-data", description = "the data folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Optional<Indicator> code = Optional.empty();
        if (indicator != null) {
            code = Optional.of(Indicator.fromCode(indicator.toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new RedflagException("unknown indicator " + indicator)));
        }
        if (!Files.isDirectory(data.resolve("index"))) {
            throw new RedflagException("no index in " + data + ": run redflag scan first");
        }
        String text = query.equals("*:*") ? "" : query;
        List<AdHit> hits;
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            hits = index.search(new AdQuery(text, minRisk, code, Math.max(1, limit)));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AdHit h : hits) {
                Map<String, Object> row = new java.util.LinkedHashMap<>();
                row.put("id", h.ad().ad().id());
                row.put("title", h.ad().ad().title());
                row.put("url", h.ad().ad().url());
                if (h.ad().assessment() != null) {
                    row.putAll(AssessCommand.jsonOf(h.ad().assessment()));
                }
                rows.add(row);
            }
            out.println(Output.JSON.writeValueAsString(rows));
        } else {
            for (AdHit h : hits) {
                var a = h.ad().assessment();
                out.printf("%s %-6s %-40.40s %s%n", a == null ? "  -  " : Output.fmt(a.risk()), a == null ? "" : a.level(),
                        h.ad().ad().title(), h.ad().ad().url());
            }
            out.printf("%d ads%n", hits.size());
        }
        out.flush();
        return 0;
    }
}
