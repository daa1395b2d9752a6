package org.redflag.batch.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redflag.RedflagException;
import org.redflag.batch.scan.ScanLinks;

/**
 * A past run as its scan saved it in its report folder: its numbers ({@code run.json}), meters
 * ({@code metrics.json}), ads ({@code ads.json}, {@code riskiest.json}) and links ({@code links.json}), all read before
 * anything is written, so that its report is rendered again as the scan wrote it, whatever the index holds now.
 */
public final class SavedRun {

    private final Path dir;
    private final RunSummary summary;
    private final List<Map<String, Object>> metrics;
    private final ReportTally scored;
    private final Optional<ScanLinks> links;

    private SavedRun(Path dir, RunSummary summary, List<Map<String, Object>> metrics, ReportTally scored,
                     Optional<ScanLinks> links) {
        this.dir = dir;
        this.summary = summary;
        this.metrics = metrics;
        this.scored = scored;
        this.links = links;
    }

    /**
     * @param dir a run's report folder
     * @return the run as its scan saved it
     * @throws RedflagException in one line, naming the file, when one the report needs is missing or cannot be read;
     *     {@code links.json} is needed when the run's report has a links section
     */
    public static SavedRun read(Path dir) {
        RunSummary summary = ReportFiles.readSummary(dir);
        List<Map<String, Object>> metrics = ReportFiles.readMetrics(dir);
        ReportTally scored = ReportFiles.readAds(dir);
        Optional<ScanLinks> links = ScanLinks.read(dir);
        if (links.isEmpty() && hasLinksSection(dir.resolve("report.html"))) {
            throw new RedflagException("cannot render the report in " + dir + ": " + dir.resolve(ScanLinks.FILE)
                    + " is missing (its links section was rendered from it)");
        }
        return new SavedRun(dir, summary, metrics, scored, links);
    }

    private static boolean hasLinksSection(Path html) {
        try {
            return Files.isRegularFile(html) && Files.readString(html).contains(LinksSection.HEADING);
        } catch (IOException e) {
            throw new RedflagException("cannot read " + html + ": " + e.getMessage(), e);
        }
    }

    /** @return the run's numbers */
    public RunSummary summary() {
        return summary;
    }

    /**
     * Writes the run's {@code report.html} again; its other files are left as they are.
     *
     * @return the HTML report
     */
    public Path render() {
        Path html = ReportFiles.writeHtml(dir, summary, scored, metrics);
        links.ifPresent(l -> LinksSection.insertInto(html, l));
        return html;
    }
}
