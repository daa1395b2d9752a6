package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CountDownLatch;
import org.redflag.RedflagException;
import org.redflag.batch.CoreConfiguration;
import org.redflag.batch.scan.ScanLauncher;
import org.redflag.batch.schedule.ScanSchedule;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.scheduling.support.CronExpression;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag run}: stays up and scans on a cron schedule until SIGTERM or Ctrl-C. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Stays up and runs the scan job on a cron schedule, never two scans at once: a scan due while the "
                + "previous one still runs is skipped and logged.",
                "SIGTERM or Ctrl-C stops the schedule, asks a running scan to stop at its next chunk (the next scan restarts "
                        + "it where it stopped), closes the index and exits with 0.",
                "The schedule has Spring's six fields: second minute hour day-of-month month day-of-week."},
        footer = {"", "Examples:", "  redflag run --schedule \"0 0 2 * * *\" --sites sites/ --data /var/lib/redflag",
                "  redflag run --schedule \"0 */30 * * * *\" --demo"})
final class RunCommand implements java.util.concurrent.Callable<Integer> {

    /** How long a stopping scan may take to reach its next chunk boundary. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @Option(names = "--schedule", paramLabel = "CRON", required = true,
            description = "when to scan, e.g. \"0 0 2 * * *\" for 02:00 every night")
    String schedule;

    @Mixin
    ScanOptions options;

    /** Options passed to Spring Boot ({@code --spring.*}, {@code --redflag.*}, {@code --logging.*}). */
    @picocli.CommandLine.Unmatched
    java.util.List<String> springArgs = new java.util.ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CronExpression cron;
        try {
            cron = CronExpression.parse(schedule);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schedule \"" + schedule + "\" is not a cron expression: "
                    + e.getMessage());
        }
        if (cron.next(java.time.LocalDateTime.now()) == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--schedule \"" + schedule + "\" never fires (no such day)");
        }
        String[] args = options.springArguments(spec.commandLine(), springArgs);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CountDownLatch stop = new CountDownLatch(1);
        Signals.onTermination(stop::countDown);
        SpringStart spring = new SpringStart();
        try (ConfigurableApplicationContext ctx = spring.run(args)) {
            ctx.getBean(CoreConfiguration.Sites.class);
            ScanSchedule scans = new ScanSchedule(ctx.getBean(ScanLauncher.class), cron, line -> log(out, line),
                    execution -> ScanCommand.report(execution, seconds(execution), out, err));
            scans.start();
            stop.await();
            log(out, "stopping" + (scans.scanning() ? ": waiting for the running scan to stop" : ""));
            if (!scans.stop(PATIENCE)) {
                throw new RedflagException("the running scan did not stop within " + PATIENCE.toSeconds()
                        + " s; the next scan restarts it");
            }
            log(out, "stopped");
            return 0;
        } catch (RedflagException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            throw spring.usageOrFailure(spec, "the scheduled scans failed", e);
        }
    }

    private static double seconds(org.springframework.batch.core.job.JobExecution e) {
        return e.getStartTime() == null || e.getEndTime() == null ? 0
                : Duration.between(e.getStartTime(), e.getEndTime()).toNanos() / 1e9;
    }

    private static synchronized void log(PrintWriter out, String line) {
        out.println(LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " " + line);
        out.flush();
    }
}
