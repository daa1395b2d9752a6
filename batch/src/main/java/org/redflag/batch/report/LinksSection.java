package org.redflag.batch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.redflag.RedflagException;
import org.redflag.batch.scan.ScanLinks;
import org.redflag.index.AdCluster;
import org.redflag.index.ContactNetwork;

/**
 * The report's section on links between ads: the near-duplicate clusters whose text appears under
 * several employer names, and the contact networks, those that span several employers or sites first.
 */
public final class LinksSection {

    /** How many clusters and networks the section lists. */
    static final int SHOWN = 15;

    /** The section's first heading, by which a written report page shows that it has the section. */
    static final String HEADING = "<h2>Near-duplicate ads</h2>";

    private LinksSection() {
    }

    /**
     * Adds the section to a written report page, before its footer.
     *
     * @param html the report page
     * @param links the links of the scan
     */
    public static void insertInto(Path html, ScanLinks links) {
        try {
            String page = Files.readString(html);
            int at = page.lastIndexOf("<footer>");
            at = at < 0 ? page.lastIndexOf("</body>") : at;
            if (at < 0) {
                throw new RedflagException("cannot add the links to " + html + ": the page has no body");
            }
            WholeFiles.writeString(html, page.substring(0, at) + render(links) + page.substring(at));
        } catch (IOException e) {
            throw new RedflagException("cannot add the links to " + html + ": " + e.getMessage(), e);
        }
    }

    static String render(ScanLinks links) {
        StringBuilder h = new StringBuilder();
        h.append(HEADING).append("<p>").append(links.clusters().size()).append(" clusters of near-duplicate ads, ")
                .append(links.templates().size()).append(" of them one text under several employer names ")
                .append("(MinHash over word shingles, estimated similarity at least 0.6).</p>");
        List<AdCluster> clusters = links.clusters().stream()
                .sorted(java.util.Comparator.comparing((AdCluster c) -> !c.spansEmployers())).limit(SHOWN).toList();
        if (!clusters.isEmpty()) {
            h.append("<table><tr><th>cluster</th><th>ads</th><th>employer names</th><th>sites</th><th>similarity</th></tr>");
            for (AdCluster c : clusters) {
                h.append("<tr><td>").append(HtmlReport.esc(c.title())).append("<br><small>").append(HtmlReport.esc(String.join(", ", c.adIds())))
                        .append("</small></td><td>").append(c.adIds().size()).append("</td><td>")
                        .append(c.spansEmployers() ? "<span class=\"badge high\">" + c.employers().size() + "</span> " : "")
                        .append(HtmlReport.esc(String.join(", ", c.employers()))).append("</td><td>").append(HtmlReport.esc(String.join(", ", c.sites())))
                        .append("</td><td>").append(String.format(java.util.Locale.ROOT, "%.2f", c.similarity())).append("</td></tr>");
            }
            h.append("</table>");
        }
        h.append("<h2>Contact networks</h2><p>").append(links.networks().size())
                .append(" groups of ads that share a phone number, e-mail address or handle; ").append(links.flaggedNetworks().size())
                .append(" span several employer names or sites, a sign of one recruiter behind many names.</p>");
        List<ContactNetwork> networks = links.networks().stream()
                .sorted(java.util.Comparator.comparing((ContactNetwork n) -> !n.isRiskSignal())).limit(SHOWN).toList();
        if (!networks.isEmpty()) {
            h.append("<table><tr><th>shared contacts</th><th>ads</th><th>employer names</th><th>sites</th></tr>");
            for (ContactNetwork n : networks) {
                h.append("<tr><td><code>").append(HtmlReport.esc(String.join(", ", n.contacts()))).append("</code><br><small>")
                        .append(HtmlReport.esc(String.join(", ", n.adIds()))).append("</small></td><td>").append(n.adIds().size())
                        .append("</td><td>").append(n.isRiskSignal() ? "<span class=\"badge high\">risk</span> " : "")
                        .append(HtmlReport.esc(String.join(", ", n.employers()))).append("</td><td>").append(HtmlReport.esc(String.join(", ", n.sites())))
                        .append("</td></tr>");
            }
            h.append("</table>");
        }
        return h.toString();
    }
}
