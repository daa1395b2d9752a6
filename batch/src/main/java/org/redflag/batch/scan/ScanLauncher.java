package org.redflag.batch.scan;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.redflag.batch.RedflagProperties;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/**
 * Runs one scan for this data folder: restarts the last scan where it stopped when it failed or was
 * stopped (a scheduled scan stopped by SIGTERM), or starts a new one.
 *
 * <p>A scan whose process was killed stays {@code STARTED} in the job repository, and Spring Batch
 * restarts only a failed execution. This launcher runs after the application has opened the index,
 * which takes the index's write lock: no other live process can be scanning this data folder, so a
 * running execution recorded for it (job parameter {@value #DATA_DIR}) is left over from a process
 * that is gone. It is marked {@code FAILED} ({@link JobOperator#recover}) and then restarted: the
 * completed crawl is not repeated, and the analysis step reads the ads still pending in the index,
 * that is, exactly the ads the killed process had not committed. Executions of other data folders
 * (a shared PostgreSQL job repository) are never touched.
 *
 * <p>A new scan gets the number after the data folder's last scan, and a restart keeps the number of the scan it
 * restarts ({@link ScanNumber}); a new scan's number is never that of a report folder already in the data folder.
 */
public class ScanLauncher {

    /** The job parameter (not identifying) that names the data folder a scan works on. */
    public static final String DATA_DIR = "data.dir";
    /** The job parameter (identifying) that holds when a scan started, in milliseconds since the epoch. */
    static final String STARTED = "run.at";
    /** A scan instance is run at most this many times; after that a new scan starts instead. */
    static final int MAX_ATTEMPTS = 3;
    /** How many scans are read at a time while this data folder's last one is searched for. */
    private static final int PAGE = 20;

    private final JobRepository repository;
    private final JobOperator operator;
    private final Job job;
    private final String dataDir;
    private final java.nio.file.Path reportsDir;

    /**
     * @param repository the job repository
     * @param operator starts, restarts and recovers executions
     * @param job the scan job
     * @param props names the data folder
     */
    public ScanLauncher(JobRepository repository, JobOperator operator, Job job, RedflagProperties props) {
        this.repository = repository;
        this.operator = operator;
        this.job = job;
        this.dataDir = props.dataDir().toAbsolutePath().normalize().toString();
        this.reportsDir = props.reportsDir();
    }

    /**
     * Runs the scan to its end.
     *
     * @param notices told, one line each, when a left-over execution is marked failed or a failed scan restarts
     * @return the execution that ran
     * @throws Exception when Spring Batch refuses to start or restart
     */
    public JobExecution run(Consumer<String> notices) throws Exception {
        for (JobExecution stale : repository.findRunningJobExecutions(job.getName())) {
            if (ours(stale)) {
                stale.setExitStatus(ExitStatus.FAILED.addExitDescription(
                        "the process running this scan ended before it finished (killed or crashed)"));
                operator.recover(stale);
                notices.accept("scan " + ScanNumber.of(stale)
                        + " was interrupted (its process is gone); marked failed");
            }
        }
        JobExecution last = lastOfThisDataDir();
        if (last != null && (last.getStatus() == BatchStatus.FAILED || last.getStatus() == BatchStatus.STOPPED)) {
            int attempts = repository.getJobExecutions(last.getJobInstance()).size();
            if (attempts < MAX_ATTEMPTS) {
                notices.accept("restarting scan " + ScanNumber.of(last) + " where it "
                        + (last.getStatus() == BatchStatus.STOPPED ? "was stopped" : "stopped")
                        + stoppedIn(last)
                        + " (attempt " + (attempts + 1) + " of " + MAX_ATTEMPTS + ")");
                return operator.restart(last);
            }
            notices.accept("scan " + ScanNumber.of(last) + " failed " + attempts
                    + " times; starting a new scan instead");
        }
        return operator.start(job, new JobParametersBuilder()
                .addLong(STARTED, System.currentTimeMillis())
                .addString(DATA_DIR, dataDir, false)
                .addLong(ScanNumber.PARAMETER, ScanNumber.after(last, reportsDir), false)
                .toJobParameters());
    }

    /**
     * Asks the scan of this data folder that is running, if any, to stop at its next chunk boundary;
     * it ends {@code STOPPED}, and the next {@link #run} restarts it where it stopped.
     *
     * @return true when a running scan was asked to stop
     */
    public boolean stopRunning() {
        boolean stopped = false;
        for (JobExecution running : repository.findRunningJobExecutions(job.getName())) {
            if (ours(running)) {
                try {
                    stopped |= operator.stop(running);
                } catch (org.springframework.batch.core.launch.JobExecutionNotRunningException e) {
                    // it ended meanwhile: nothing to stop
                }
            }
        }
        return stopped;
    }

    private boolean ours(JobExecution e) {
        return Objects.equals(dataDir, e.getJobParameters().getString(DATA_DIR));
    }

    /**
     * @return the last execution of this data folder's latest scan, null when it has none. Every scan is searched,
     *     newest first: in a job repository shared with busier data folders, this one's last scan may be far back.
     */
    private JobExecution lastOfThisDataDir() {
        for (int start = 0; ; start += PAGE) {
            List<JobInstance> page = repository.getJobInstances(job.getName(), start, PAGE);
            for (JobInstance instance : page) {
                JobExecution e = repository.getLastJobExecution(instance);
                if (e != null && ours(e)) {
                    return e;
                }
            }
            if (page.size() < PAGE) {
                return null;
            }
        }
    }

    private static String stoppedIn(JobExecution e) {
        return e.getStepExecutions().stream()
                .filter(s -> s.getStatus() != BatchStatus.COMPLETED)
                .map(StepExecution::getStepName)
                .findFirst()
                .map(step -> " (in " + step + ")")
                .orElse("");
    }
}
