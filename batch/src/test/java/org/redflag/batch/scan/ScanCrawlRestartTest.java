package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.RedflagApplication;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.RunSummary;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/**
 * A first scan of the demo board that fails in its crawl after one site's partition completed and the other site's
 * ads were stored and committed, then restarts: the restart crawls only the failed site again, which finds its ads as
 * the failed attempt stored them. The report still counts every site, and every ad of this first scan as new: the
 * completed site's numbers are the failed attempt's, the crawled-again site's ads were stored in this scan. It gives
 * the scan's start, not the restart's.
 */
@SpringBootTest(classes = RedflagApplication.class,
        properties = {"redflag.demo=true", "redflag.demo-ads=" + ScanCrawlRestartTest.ADS})
class ScanCrawlRestartTest {

    static final int ADS = 12;
    /** The demo board whose partition fails in the first attempt, after its ads were committed. */
    static final String FAILING = "classifieds-corner";
    static final String COMPLETING = "global-jobs-hub";

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("redflag.data-dir", () -> data.toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("jobs/batch"));
    }

    @Autowired
    ScanLauncher launcher;

    @MockitoSpyBean
    ScanMetrics metrics;

    @Test
    void aScanRestartedInItsCrawlReportsEverySiteWithTheScansNewAds() throws Exception {
        AtomicBoolean failing = new AtomicBoolean(true);
        doAnswer(call -> {
            if (failing.get() && call.<SiteCrawlStats>getArgument(0).site().equals(FAILING)) {
                throw new IllegalStateException("the crawl of " + FAILING + " fails after its commit");
            }
            return call.callRealMethod();
        }).when(metrics).crawled(any());

        JobExecution failed = launcher.run(notice -> { });
        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith(ScanJobConfiguration.CRAWL_SITE_STEP))
                .extracting(StepExecution::getStatus).containsExactlyInAnyOrder(BatchStatus.COMPLETED, BatchStatus.FAILED);

        failing.set(false);
        JobExecution restarted = launcher.run(notice -> { });
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restarted.getStepExecutions()).filteredOn(s -> s.getStepName().startsWith(ScanJobConfiguration.CRAWL_SITE_STEP))
                .as("only the failed site is crawled again").hasSize(1);

        RunSummary run = ReportFiles.readSummary(data.resolve("reports/run-1"));
        assertThat(run.sites()).extracting(SiteCrawlStats::site).containsExactly(FAILING, COMPLETING);
        assertThat(run.sites()).allSatisfy(site -> {
            assertThat(site.newAds()).as("new ads of %s", site.site()).isPositive();
            assertThat(site.changedAds()).as("changed ads of %s", site.site()).isZero();
            assertThat(site.unchangedAds()).as("unchanged ads of %s", site.site()).isZero();
        });
        assertThat(run.sites().stream().mapToInt(SiteCrawlStats::newAds).sum()).as("every ad of a first scan is new")
                .isEqualTo(ADS);
        assertThat(run.started()).as("the scan's start, not the restart's")
                .isEqualTo(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(failed.getStartTime()));
    }
}
