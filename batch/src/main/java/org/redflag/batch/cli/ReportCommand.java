package org.redflag.batch.cli;

import java.nio.file.Path;
import org.redflag.RedflagException;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.ReportTally;
import org.redflag.batch.report.RunSummary;
import org.redflag.index.lucene.LuceneAdIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag report}: renders a past run's report again, from its numbers and the index. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders the report of a past scan again (the latest one unless --run says which), from its "
                + "numbers (run.json, metrics.json) and the ads in the index now, and prints its summary table."},
        footer = {"", "Examples:", "  redflag report", "  redflag report --run 3 --data /var/lib/redflag"})
final class ReportCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--run", paramLabel = "N", converter = Ranges.RunNumber.class,
            description = "the scan's number, as it printed it (scan N completed)")
    Long run;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "redflag-data", description = "the data folder (default: ${DEFAULT-VALUE})")
    Path data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path reports = data.resolve("reports");
        Path dir = run != null ? ReportFiles.runDir(reports, run) : latest(reports);
        // everything the report is rendered from is read before any of its files is written: a bad one changes nothing
        RunSummary summary = ReportFiles.readSummary(dir);
        ReportFiles.readMetrics(dir);
        var links = org.redflag.batch.scan.ScanLinks.read(data);
        ReportTally scored;
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            scored = ReportFiles.writeAds(dir, index);
        }
        org.redflag.batch.report.SummaryTable.print(summary, spec.commandLine().getOut());
        Path html = ReportFiles.write(dir, summary, scored);
        links.ifPresent(l -> org.redflag.batch.report.LinksSection.insertInto(html, l));
        spec.commandLine().getOut().println("report: " + html);
        return 0;
    }

    private static Path latest(Path reports) {
        long last = ReportFiles.highestRun(reports);
        if (last == 0) {
            throw new RedflagException("no reports in " + reports + ": run redflag scan first");
        }
        return ReportFiles.runDir(reports, last);
    }
}
