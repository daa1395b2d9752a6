package org.redflag.batch.cli;

import java.nio.file.Path;
import org.redflag.RedflagException;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.SavedRun;
import org.redflag.batch.report.SummaryTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag report}: renders a past run's report again, from what its scan saved in its report folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Renders the report of a past scan again (the latest one unless --run says which), from what "
                + "the scan saved in its report folder (run.json, metrics.json, ads.json, riskiest.json, links.json): "
                + "the same numbers and ads as the scan wrote, whatever the index holds now. Only report.html is "
                + "written; a missing or unreadable file is named and the report left as it was. Prints the run's "
                + "summary table."},
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
        SavedRun saved = SavedRun.read(dir);
        SummaryTable.print(saved.summary(), spec.commandLine().getOut());
        spec.commandLine().getOut().println("report: " + saved.render());
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
