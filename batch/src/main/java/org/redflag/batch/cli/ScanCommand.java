package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.redflag.RedflagException;
import org.redflag.batch.CoreConfiguration;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.RunSummary;
import org.redflag.batch.report.SummaryTable;
import org.redflag.batch.scan.ReportTasklet;
import org.redflag.batch.scan.ScanLauncher;
import org.redflag.batch.scan.ScanNumber;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag scan}: one run of the scan job. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Runs the scan job once: crawl the sites, analyse and score new or changed ads, write the report.",
                "A scan of the same data folder that failed, was stopped or was killed is restarted where it stopped instead.",
                "For cron, systemd timers or a Kubernetes CronJob. Any --spring.* option is passed to Spring Boot, "
                        + "e.g. --spring.datasource.url=jdbc:postgresql://host/db for a PostgreSQL job repository.",
                "SIGTERM or Ctrl-C stops the scan at its next chunk (the next scan restarts it there); a second one ends "
                        + "the process at once.",
                "Exit code: 0 when every site was crawled and the scan completed; 1 when the scan failed or was stopped, or "
                        + "when a site could not be crawled or yielded no ad (the other sites' ads are still analysed, kept and reported); "
                        + "2 on bad usage; 130 when ended at once by a second signal."},
        footer = {"", "Examples:", "  redflag scan --demo", "  redflag scan --sites sites/ --data /var/lib/redflag"})
final class ScanCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    ScanOptions options;

    /** Options passed to Spring Boot ({@code --spring.*}, {@code --redflag.*}, {@code --logging.*}). */
    @picocli.CommandLine.Unmatched
    java.util.List<String> springArgs = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        String[] args = options.springArguments(spec.commandLine(), springArgs);
        long started = System.nanoTime();
        PrintWriter out = spec.commandLine().getOut();
        SpringStart spring = new SpringStart();
        try (ConfigurableApplicationContext ctx = spring.run(args)) {
            ctx.getBean(CoreConfiguration.Sites.class);
            ScanLauncher launcher = ctx.getBean(ScanLauncher.class);
            Signals.onTermination(new StopOnSignal(launcher, out));
            JobExecution execution = launcher.run(notice -> {
                out.println(notice);
                out.flush();
            });
            return report(execution, (System.nanoTime() - started) / 1e9, spec.commandLine().getOut(), spec.commandLine().getErr());
        } catch (RedflagException e) {
            throw e;
        } catch (Exception e) {
            throw spring.usageOrFailure(spec, "the scan failed", e);
        }
    }

    /**
     * Prints the summary table of a finished scan and says how it ended.
     *
     * @return the exit code: 0 when the scan completed over every site, 1 otherwise
     */
    static int report(JobExecution execution, double seconds, PrintWriter out, PrintWriter err) {
        String report = execution.getExecutionContext().getString(ReportTasklet.REPORT_KEY, null);
        boolean partial = false;
        if (report != null && execution.getStatus() == BatchStatus.COMPLETED) {
            RunSummary run = ReportFiles.readSummary(Path.of(report).getParent());
            SummaryTable.print(run, out);
            out.printf("report: %s%n", report);
            partial = run.partial();
        }
        long scan = ScanNumber.of(execution);
        out.printf("scan %d %s%s in %.1f s%n", scan, execution.getStatus().name().toLowerCase(java.util.Locale.ROOT),
                partial ? " (partial: some sites failed)" : "", seconds);
        if (execution.getStatus() == BatchStatus.STOPPED) {
            out.printf("scan %d was stopped; the next scan restarts it where it stopped%n", scan);
        } else {
            for (Throwable t : execution.getAllFailureExceptions()) {
                err.println("redflag scan: " + RedflagCommand.userError(t).getMessage());
            }
        }
        out.flush();
        err.flush();
        return execution.getStatus() == BatchStatus.COMPLETED && !partial ? 0 : 1;
    }

    /** @return the user's error at the root of a start-up or launch failure, or a one-line failure */
    static RedflagException failure(String what, Exception e) {
        Throwable root = RedflagCommand.userError(e);
        if (root instanceof RedflagException re) {
            return re;
        }
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse("");
        return new RedflagException(what + ": " + message, e);
    }
}
