package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.redflag.RedflagException;
import org.redflag.classify.RiskLevel;
import org.redflag.features.Indicator;
import org.redflag.index.AdCluster;
import org.redflag.index.AdHit;
import org.redflag.index.AdQuery;
import org.redflag.index.ContactNetwork;
import org.redflag.index.InvalidQueryException;
import org.redflag.index.SearchResult;
import org.redflag.index.lucene.CommittedAds;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code redflag search}: finds stored ads by text and filters, riskiest first, with snippets and facet
 * counts; or lists the near-duplicate clusters ({@code --clusters}) or contact networks ({@code --networks}).
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Searches the ads of past scans (Lucene query syntax over title and body), riskiest first, "
                + "with a snippet per ad and counts by indicator and level.",
                "With --clusters or --networks, lists the near-duplicate clusters or the contact networks instead.",
                "Reads what scans have committed, so it also works while a scan is running."},
        footer = {"", "Fields a query may name: title, body, title_exact, body_exact (unstemmed), employer_text, location_text.",
                "", "Examples:", "  redflag search \"passport AND fee\"",
                "  redflag search --min-risk 0.7 --indicator RECRUITMENT_FEE --since 2026-01-01 --json",
                "  redflag search --network \"+974 5512 3456\"", "  redflag search --clusters", "  redflag search --networks"})
final class SearchCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "QUERY", description = "a Lucene query; all ads when absent")
    String query = "";

    @Option(names = "--min-risk", paramLabel = "R", defaultValue = "0", converter = Ranges.Risk.class, description = "only ads with at least this risk (0 to 1)")
    double minRisk;

    @Option(names = "--indicator", paramLabel = "CODE", description = "only ads with this indicator")
    String indicator;

    @Option(names = "--level", paramLabel = "LEVEL", description = "only ads at this risk level: LOW, MEDIUM or HIGH")
    String level;

    @Option(names = "--since", paramLabel = "DATE", description = "only ads dated on or after this day (YYYY-MM-DD)")
    String since;

    @Option(names = "--date", paramLabel = "WHICH", defaultValue = "posted",
            description = "the date --since looks at: posted (the board's date) or fetched (when Redflag stored it); default: ${DEFAULT-VALUE}")
    String date;

    @Option(names = "--network", paramLabel = "CONTACT",
            description = "only ads in the contact network of this phone number, e-mail address or handle (telegram:@name)")
    String network;

    @Option(names = "--site", paramLabel = "SITE", description = "only ads from this site")
    String site;

    @ArgGroup(exclusive = true)
    Listing listing;

    /** What to list instead of ads. */
    static final class Listing {
        @Option(names = "--clusters", required = true, description = "list the near-duplicate clusters, largest first")
        boolean clusters;

        @Option(names = "--networks", required = true, description = "list the contact networks, largest first")
        boolean networks;
    }

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20", converter = Ranges.AtLeastOne.class, description = "the most ads, clusters or networks to list (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "redflag-data", description = "the data folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (listing != null) {
            String which = listing.clusters ? "--clusters" : "--networks";
            String why = "it lists the clusters or networks of every ad in the index";
            OptionCombinations.notWith(spec, true, which, why, "--min-risk", "--indicator", "--level", "--since", "--date",
                    "--network", "--site");
            if (!query.isEmpty()) {
                throw badOption("a QUERY is not used with " + which + ": " + why);
            }
        }
        AdQuery adQuery = listing == null ? adQuery() : null;
        if (adQuery != null) {
            try {
                CommittedAds.checkQuery(adQuery.text());
            } catch (InvalidQueryException e) {
                throw badOption(e.getMessage());
            }
        }
        Path dir = data.resolve("index");
        if (!Files.isDirectory(dir)) {
            throw new RedflagException("no index in " + data + ": run redflag scan first");
        }
        PrintWriter out = spec.commandLine().getOut();
        try (CommittedAds index = CommittedAds.open(dir)) {
            if (listing != null && listing.clusters) {
                printClusters(out, index.clusters());
            } else if (listing != null && listing.networks) {
                printNetworks(out, index.networks());
            } else {
                printAds(out, index.search(adQuery));
            }
        } catch (InvalidQueryException e) {
            throw badOption(e.getMessage());
        }
        out.flush();
        return 0;
    }

    private AdQuery adQuery() {
        AdQuery.Builder q = AdQuery.builder().text(query.equals("*:*") ? "" : query).limit(limit);
        q.minRisk(minRisk);
        if (indicator != null) {
            q.indicator(Indicator.fromCode(indicator.toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> badOption("--indicator " + indicator + ": no such indicator code")));
        }
        if (level != null) {
            try {
                q.level(RiskLevel.valueOf(level.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw badOption("--level " + level + ": use LOW, MEDIUM or HIGH");
            }
        }
        AdQuery.DateField which;
        try {
            which = AdQuery.DateField.of(date);
        } catch (IllegalArgumentException e) {
            throw badOption("--date: " + e.getMessage());
        }
        if (since != null) {
            try {
                q.since(LocalDate.parse(since.strip()), which);
            } catch (DateTimeParseException e) {
                throw badOption("--since " + since + ": not a date (YYYY-MM-DD)");
            }
        }
        if (network != null && network.isBlank()) {
            throw badOption("--network: give a phone number, an e-mail address or a handle");
        }
        return q.network(network).site(site).build();
    }

    private CommandLine.ParameterException badOption(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private void printAds(PrintWriter out, SearchResult result) {
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AdHit h : result.hits()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", h.ad().ad().id());
                row.put("title", h.ad().ad().title());
                row.put("employer", h.ad().ad().employer());
                row.put("site", h.ad().ad().source());
                row.put("url", h.ad().ad().url());
                row.put("posted", h.ad().ad().posted());
                row.put("snippet", h.snippet());
                if (h.ad().assessment() != null) {
                    Map<String, Object> a = AssessCommand.jsonOf(h.ad().assessment());
                    a.remove("id");
                    row.putAll(a);
                }
                rows.add(row);
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("total", result.total());
            doc.put("hits", rows);
            Map<String, Object> facets = new LinkedHashMap<>();
            facets.put("indicator", result.indicators());
            facets.put("level", result.levels());
            doc.put("facets", facets);
            out.println(Output.JSON.writeValueAsString(doc));
            return;
        }
        for (AdHit h : result.hits()) {
            var a = h.ad().assessment();
            out.printf("%s %-6s %-48.48s %s%n", a == null ? "  -  " : Output.fmt(a.risk()), a == null ? "" : a.level(),
                    h.ad().ad().title(), h.ad().ad().url().isEmpty() ? h.ad().ad().id() : h.ad().ad().url());
            if (!h.snippet().isEmpty()) {
                out.printf("      %s%n", h.snippet());
            }
        }
        out.printf("%d of %d ads, riskiest first%n", result.hits().size(), result.total());
        out.printf("indicators: %s%n", counts(result.indicators()));
        out.printf("levels: %s%n", counts(result.levels()));
    }

    private static String counts(Map<String, Long> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private void printClusters(PrintWriter out, List<AdCluster> clusters) {
        List<AdCluster> shown = clusters.stream().limit(limit).toList();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (AdCluster c : shown) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", c.id());
                row.put("title", c.title());
                row.put("ads", c.adIds());
                row.put("employers", c.employers());
                row.put("sites", c.sites());
                row.put("similarity", Math.round(c.similarity() * 100) / 100.0);
                row.put("spansEmployers", c.spansEmployers());
                rows.add(row);
            }
            out.println(Output.JSON.writeValueAsString(rows));
            return;
        }
        for (AdCluster c : shown) {
            out.printf("%s  %d ads, %d employers, %d sites, similarity >= %.2f%s%n", c.id(), c.adIds().size(), c.employers().size(),
                    c.sites().size(), c.similarity(), c.spansEmployers() ? "  ONE TEXT, SEVERAL EMPLOYERS" : "");
            out.printf("    \"%s\"%n", c.title());
            out.printf("    ads: %s%n", String.join(", ", c.adIds()));
            if (!c.employers().isEmpty()) {
                out.printf("    employers: %s%n", String.join(", ", c.employers()));
            }
        }
        out.printf("%d clusters of near-duplicate ads (%d with several employer names)%n", clusters.size(),
                clusters.stream().filter(AdCluster::spansEmployers).count());
    }

    private void printNetworks(PrintWriter out, List<ContactNetwork> networks) {
        List<ContactNetwork> shown = networks.stream().limit(limit).toList();
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ContactNetwork n : shown) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", n.id());
                row.put("contacts", n.contacts());
                row.put("ads", n.adIds());
                row.put("employers", n.employers());
                row.put("sites", n.sites());
                row.put("riskSignal", n.isRiskSignal());
                rows.add(row);
            }
            out.println(Output.JSON.writeValueAsString(rows));
            return;
        }
        for (ContactNetwork n : shown) {
            out.printf("%s  %d ads, %d employers, %d sites%s%n", n.id(), n.adIds().size(), n.employers().size(), n.sites().size(),
                    n.isRiskSignal() ? "  RISK: spans several employers or sites" : "");
            out.printf("    contacts: %s%n", String.join(", ", n.contacts()));
            out.printf("    ads: %s%n", String.join(", ", n.adIds()));
            if (!n.employers().isEmpty()) {
                out.printf("    employers: %s%n", String.join(", ", n.employers()));
            }
            out.printf("    sites: %s%n", String.join(", ", n.sites()));
        }
        out.printf("%d contact networks (%d span several employers or sites)%n", networks.size(),
                networks.stream().filter(ContactNetwork::isRiskSignal).count());
    }
}
