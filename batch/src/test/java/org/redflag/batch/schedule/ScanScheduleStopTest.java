package org.redflag.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.RedflagApplication;
import org.redflag.batch.scan.AnalysisUnderWay;
import org.redflag.batch.scan.ScanJobConfiguration;
import org.redflag.batch.scan.ReportTasklet;
import org.redflag.batch.scan.ScanLauncher;
import org.redflag.batch.scan.ScanNumber;
import org.redflag.index.lucene.LuceneAdIndex;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Stopping the schedule in the middle of a scan's analysis (what SIGTERM does in {@code redflag run}):
 * the scan ends {@code STOPPED} at a chunk boundary, and the next scan restarts it where it stopped
 * and analyses every remaining ad exactly once.
 */
@SpringBootTest(classes = RedflagApplication.class,
        properties = {"redflag.demo=true", "redflag.demo-ads=" + ScanScheduleStopTest.ADS, "redflag.chunk-size=2"})
class ScanScheduleStopTest {

    static final int ADS = 10;
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("redflag.data-dir", () -> data.toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("jobs/batch"));
    }

    @Autowired
    ScanLauncher launcher;

    @Autowired
    JobRepository repository;

    @Autowired
    LuceneAdIndex index;

    @Test
    void aScanStoppedMidAnalysisRestartsWhereItStopped() throws Exception {
        List<String> log = new CopyOnWriteArrayList<>();
        List<JobExecution> finished = new CopyOnWriteArrayList<>();
        ScanSchedule scans = new ScanSchedule(launcher, CronExpression.parse("* * * * * *"), log::add, finished::add);
        scans.start();
        StepExecution analysis = AnalysisUnderWay.await(repository, PATIENCE);
        assertThat(scans.stop(PATIENCE)).as("the scan stopped in time: %s", log).isTrue();

        assertThat(finished).as("one scan ran: %s", log).hasSize(1);
        JobExecution stopped = repository.getJobExecution(finished.get(0).getId());
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(stopped.getJobInstance().getInstanceId()).isEqualTo(analysis.getJobExecution().getJobInstance().getInstanceId());
        List<String> analysedBefore = index.analysedIds();
        assertThat(analysedBefore.size()).as("stopped before the analysis ended").isLessThan(ADS);
        assertThat(repository.findRunningJobExecutions(ScanJobConfiguration.JOB)).isEmpty();

        List<String> notices = new CopyOnWriteArrayList<>();
        JobExecution restart = launcher.run(notices::add);
        assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(notices).anyMatch(n -> n.startsWith("restarting scan 1 where it was stopped"));
        assertThat(restart.getJobInstance().getInstanceId()).isEqualTo(stopped.getJobInstance().getInstanceId());
        assertThat(ScanNumber.of(restart)).as("the restart keeps the scan's number").isEqualTo(1);
        assertThat(restart.getExecutionContext().getString(ReportTasklet.REPORT_KEY))
                .isEqualTo(data.resolve("reports/run-1/report.html").toString());
        StepExecution rest = restart.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(ScanJobConfiguration.ANALYZE_STEP)).findFirst().orElseThrow();
        assertThat(rest.getWriteCount()).isEqualTo(ADS - analysedBefore.size());
        List<String> analysed = index.analysedIds();
        assertThat(new HashSet<>(analysed)).hasSize(ADS).containsAll(analysedBefore);
        assertThat(index.pendingIds()).isEmpty();
        assertThat(index.size()).isEqualTo(ADS);
    }
}
