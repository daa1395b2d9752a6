package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redflag.RedflagException;
import org.redflag.batch.RedflagApplication;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.RunSummary;
import org.redflag.batch.scan.ReportTasklet;
import org.redflag.batch.scan.ScanLauncher;
import org.redflag.batch.scan.SiteCrawlStats;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag scan}: one run of the scan job. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Runs the scan job once: crawl the sites, analyse and score new or changed ads, write the report.",
                "A scan of the same data folder that failed or was killed is restarted where it stopped instead.",
                "For cron, systemd timers or a Kubernetes CronJob. Any --spring.* option is passed to Spring Boot, "
                        + "e.g. --spring.datasource.url=jdbc:postgresql://host/db for a PostgreSQL job repository."},
        footer = {"", "Examples:", "  redflag scan --demo", "  redflag scan --sites sites/ --data /var/lib/redflag"})
final class ScanCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--demo", description = "serve the demo job board on a loopback port and scan it")
    boolean demo;

    @Option(names = "--sites", paramLabel = "DIR", description = "a folder of site profiles (*.json)")
    Path sites;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "redflag-data",
            description = "where the index, the job repository and the reports live (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--model", paramLabel = "FILE", description = "score with this model file instead of the default model")
    Path model;

    @picocli.CommandLine.Unmatched
    List<String> springArgs = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!demo && sites == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give --sites DIR or --demo");
        }
        for (String a : springArgs) {
            if (!a.startsWith("--spring.") && !a.startsWith("--redflag.") && !a.startsWith("--logging.")) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown option: " + a);
            }
        }
        List<String> args = new ArrayList<>(springArgs);
        args.add("--redflag.data-dir=" + data.toAbsolutePath());
        args.add("--redflag.demo=" + demo);
        if (sites != null) {
            args.add("--redflag.sites-dir=" + sites.toAbsolutePath());
        }
        if (model != null) {
            args.add("--redflag.model=" + model.toAbsolutePath());
        }
        SpringApplication app = new SpringApplication(RedflagApplication.class);
        long started = System.nanoTime();
        try (ConfigurableApplicationContext ctx = app.run(args.toArray(String[]::new))) {
            PrintWriter out = spec.commandLine().getOut();
            JobExecution execution = ctx.getBean(ScanLauncher.class).run(notice -> {
                out.println(notice);
                out.flush();
            });
            printSummary(execution, (System.nanoTime() - started) / 1e9);
            return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
        } catch (RedflagException e) {
            throw e;
        } catch (Exception e) {
            Throwable root = RedflagCommand.userError(e);
            if (root instanceof RedflagException re) {
                throw re;
            }
            throw new RedflagException("the scan failed: " + rootMessage(e), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage().lines().findFirst().orElse("");
    }

    private void printSummary(JobExecution execution, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        String report = execution.getExecutionContext().getString(ReportTasklet.REPORT_KEY, null);
        if (report != null) {
            RunSummary run = ReportFiles.readSummary(Path.of(report).getParent());
            out.printf("%-22s %6s %6s %6s %8s %10s %6s%n", "site", "pages", "new", "changed", "unchanged", "no ad", "failed");
            for (SiteCrawlStats s : run.sites()) {
                out.printf("%-22s %6d %6d %6d %8d %10d %6d%n", s.site(), s.listingPages() + s.adPages(), s.newAds(),
                        s.changedAds(), s.unchangedAds(), s.noAd(), s.failures().size());
            }
            out.printf("analysed %d ads, skipped %d; model %s%n", run.analysed(), run.skipped(), run.model());
            out.printf("report: %s%n", report);
        }
        out.printf("scan %d %s in %.1f s%n", execution.getId(), execution.getStatus().name().toLowerCase(java.util.Locale.ROOT), seconds);
        for (Throwable t : execution.getAllFailureExceptions()) {
            spec.commandLine().getErr().println("redflag scan: " + RedflagCommand.userError(t).getMessage());
        }
        out.flush();
    }
}
