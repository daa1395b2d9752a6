package org.redflag.batch.scan;

import java.time.Duration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;

/** For tests that stop a scan in the middle of its analysis: waits until the analysis has committed a chunk. */
public final class AnalysisUnderWay {

    private AnalysisUnderWay() {
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
