package org.redflag.batch.scan;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** For tests that stop a scan in the middle of its analysis: starts one and waits until its analysis has committed a chunk. */
public final class AnalysisUnderWay {

    private AnalysisUnderWay() {
    }

    /**
     * @param launcher the launcher to run a scan with
     * @param repository the job repository it runs in
     * @param patience how long to wait for its analysis
     * @return the scan, running in the background with its analysis under way
     * @throws AssertionError when the scan does not get that far within {@code patience}
     */
    public static CompletableFuture<JobExecution> startScan(ScanLauncher launcher, JobRepository repository, Duration patience)
            throws InterruptedException {
        CompletableFuture<JobExecution> scan = CompletableFuture.supplyAsync(() -> {
            try {
                return launcher.run(notice -> { });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        await(repository, patience);
        return scan;
    }

    /**
     * @param repository the job repository the scan runs in
     * @param patience how long to wait
     * @return the running scan's analysis step, once it has written at least one chunk
     * @throws AssertionError when no scan gets that far within {@code patience}
     */
    public static StepExecution await(JobRepository repository, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            for (JobExecution running : repository.findRunningJobExecutions(ScanJobConfiguration.JOB)) {
                StepExecution step = repository.getLastStepExecution(running.getJobInstance(), ScanJobConfiguration.ANALYZE_STEP);
                if (step != null && step.getStatus() == BatchStatus.STARTED && step.getWriteCount() > 0) {
                    return step;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no scan got into its analysis in " + patience);
    }
}
