package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.batch.RedflagApplication;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.RunSummary;
import org.redflag.index.lucene.LuceneAdIndex;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A scan that skips an ad and is restarted, twice: once stopped in the middle of its analysis, after the chunk
 * that skipped the ad, with the job repository's record of the skip lost as a kill between the index's commit and
 * Spring Batch's loses it, and once after its report step failed. Its report counts and lists the skipped ad once:
 * the stopped analysis refused the ad for its content, so the restart does not read it again, and the refusal is
 * kept with the index's commit; the report written by a later execution than the analysis still finds it.
 */
@SpringBootTest(classes = RedflagApplication.class,
        properties = {"redflag.demo=true", "redflag.demo-ads=" + ScanSkippedAdsRestartTest.ADS, "redflag.chunk-size=2"})
class ScanSkippedAdsRestartTest {

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
    void aRestartedScanCountsAndListsEachSkippedAdOnce() throws Exception {
        // the first id in the order the analysis reads them: the first chunk skips it
        index.upsert(JobAd.builder().id("0-empty-ad").source("test").build());
        index.commit();
        CompletableFuture<JobExecution> scan = AnalysisUnderWay.startScan(launcher, repository, PATIENCE);
        launcher.stopRunning();
        JobExecution stopped = scan.get();
        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        StepExecution stoppedAnalysis = analysis(stopped);
        assertThat(stoppedAnalysis.getSkipCount()).as("the stopped analysis skipped the ad").isEqualTo(1);
        ExecutionContext recorded = stoppedAnalysis.getExecutionContext();
        recorded.entrySet().stream().map(Map.Entry::getKey).filter(key -> key.startsWith(AnalysisSkipListener.PREFIX)
                || key.equals(AnalysisSkipListener.SKIPPED_ADS_KEY)).toList().forEach(recorded::remove);
        repository.updateExecutionContext(stoppedAnalysis);

        Files.writeString(data.resolve("reports"), "a file where the reports folder goes: the report step fails");
        JobExecution reportFailed = launcher.run(notice -> { });
        assertThat(reportFailed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(analysis(reportFailed).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Files.delete(data.resolve("reports"));

        JobExecution reported = launcher.run(notice -> { });
        assertThat(reported.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(reported.getStepExecutions()).extracting(StepExecution::getStepName)
                .as("only the report step ran again").containsExactly(ScanJobConfiguration.REPORT_STEP);
        RunSummary run = ReportFiles.readSummary(data.resolve("reports/run-1"));
        assertThat(run.skipped()).isEqualTo(1);
        assertThat(run.skippedBySite()).containsExactly(Map.entry("test", 1));
        assertThat(run.skippedAds())
                .containsExactly(new SkippedAd("0-empty-ad", "test", "", "ad 0-empty-ad has no text to assess (no title, description, requirements or benefits)"));
        assertThat(index.refusedIds()).as("refused by the stopped analysis, not read again").containsExactly("0-empty-ad");
        assertThat(index.pendingIds()).isEmpty();
        assertThat(index.analysedIds()).hasSize(ADS);
    }

    private static StepExecution analysis(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> s.getStepName().equals(ScanJobConfiguration.ANALYZE_STEP)).findFirst().orElseThrow();
    }
}
