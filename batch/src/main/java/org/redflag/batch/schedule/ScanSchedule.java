package org.redflag.batch.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.redflag.batch.scan.ScanLauncher;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.scheduling.support.CronTrigger;

/**
 * Runs the scan on a cron schedule, one scan at a time: a scan that is due while the previous one
 * still runs is skipped, and said so. {@link #close()} stops the schedule and asks a running scan to
 * stop at its next chunk boundary (it ends {@code STOPPED} and the next scan restarts it), then waits
 * for it to end.
 */
public final class ScanSchedule implements AutoCloseable {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final ScanLauncher launcher;
    private final CronExpression cron;
    private final Consumer<String> log;
    private final Consumer<JobExecution> finished;
    private final ThreadPoolTaskScheduler clock = new ThreadPoolTaskScheduler();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "scan"));
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * @param launcher runs one scan
     * @param cron when scans are due (Spring's six fields: second minute hour day month weekday)
     * @param log told, one line each, what the schedule does
     * @param finished told of each scan that ended
     */
    public ScanSchedule(ScanLauncher launcher, CronExpression cron, Consumer<String> log, Consumer<JobExecution> finished) {
        this.launcher = launcher;
        this.cron = cron;
        this.log = log;
        this.finished = finished;
        clock.setPoolSize(1);
        clock.setThreadNamePrefix("schedule-");
    }

    /** Starts the schedule; the first scan runs at the next time the expression matches. */
    public void start() {
        clock.initialize();
        clock.schedule(this::due, new CronTrigger(cron.toString()));
        log.accept("scans scheduled on \"" + cron + "\"; next at " + next());
    }

    /** @return when the next scan is due, local time */
    public String next() {
        LocalDateTime next = cron.next(LocalDateTime.now());
        return next == null ? "never" : TIME.format(next);
    }

    private void due() {
        if (!running.compareAndSet(false, true)) {
            log.accept("scan due at " + TIME.format(LocalDateTime.now()) + " skipped: the previous scan is still running");
            return;
        }
        try {
            worker.execute(this::scan);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            running.set(false); // the schedule is stopping
        }
    }

    private void scan() {
        try {
            log.accept("scan started");
            finished.accept(launcher.run(log));
        } catch (Exception e) {
            log.accept("the scan could not run: " + e.getMessage());
        } finally {
            running.set(false);
            if (!clock.getScheduledExecutor().isShutdown()) {
                log.accept("next scan at " + next());
            }
        }
    }

    /** @return true while a scan runs */
    public boolean scanning() {
        return running.get();
    }

    /**
     * Stops the schedule and the running scan, if any.
     *
     * @param patience how long to wait for a running scan to stop
     * @return true when no scan runs any more
     */
    public boolean stop(Duration patience) {
        clock.shutdown();
        if (running.get() && launcher.stopRunning()) {
            log.accept("asked the running scan to stop at its next chunk; it will restart where it stopped");
        }
        worker.shutdown();
        try {
            return worker.awaitTermination(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(60));
    }
}
