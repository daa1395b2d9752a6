package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.batch.RedflagApplication;
import org.redflag.index.lucene.LuceneAdIndex;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The scan job over the demo board: its status, its read, write and skip counts, and a second, incremental run. */
@SpringBatchTest
@SpringBootTest(classes = RedflagApplication.class, properties = {"redflag.demo=true", "redflag.demo-ads=24"})
class ScanJobFunctionalTest {

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("redflag.data-dir", () -> data.toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("jobs/batch"));
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    LuceneAdIndex index;

    @Autowired
    Job scanJob;

    static Map<String, StepExecution> steps(JobExecution e) {
        return e.getStepExecutions().stream().collect(Collectors.toMap(StepExecution::getStepName, java.util.function.Function.identity()));
    }

    @Test
    void scansTheDemoBoardThenOnlyWhatChanged() throws Exception {
        // an ad with no text waits in the index: the analysis step must skip it, not fail
        index.upsert(JobAd.builder().id("empty-ad").source("test").build());
        index.commit();
        jobs.setJob(scanJob);

        JobExecution first = jobs.startJob(jobs.getUniqueJobParameters());
        assertThat(first.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, StepExecution> s = steps(first);
        assertThat(s.get(ScanJobConfiguration.CRAWL_STEP).getReadCount()).isEqualTo(24);
        assertThat(s.get(ScanJobConfiguration.ANALYZE_STEP).getReadCount()).isEqualTo(25);
        assertThat(s.get(ScanJobConfiguration.ANALYZE_STEP).getWriteCount()).isEqualTo(24);
        assertThat(s.get(ScanJobConfiguration.ANALYZE_STEP).getSkipCount()).isEqualTo(1);
        Path report = Path.of(first.getExecutionContext().getString(ReportTasklet.REPORT_KEY));
        assertThat(Files.readString(report)).contains("<svg").contains("The riskiest ads").contains("<mark")
                .contains("Near-duplicate ads").contains("Contact networks");
        assertThat(s.get(ScanJobConfiguration.LINK_STEP).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(s.get(ScanJobConfiguration.LINK_STEP).getExecutionContext().getInt(LinkTasklet.CLUSTERS_KEY))
                .isEqualTo(ScanLinks.read(Path.of(first.getExecutionContext().getString(LinkTasklet.LINKS_KEY)).getParent())
                        .orElseThrow().clusters().size());
        assertThat(report.resolveSibling("ads.csv")).exists();
        var run = org.redflag.batch.report.ReportFiles.readSummary(report.getParent());
        assertThat(run.skippedBySite()).as("the skipped ad counts for its site").containsExactly(Map.entry("test", 1));
        assertThat(run.skippedAds()).as("the skipped ad is named, with why")
                .containsExactly(new SkippedAd("empty-ad", "test", "", "ad empty-ad has no text to assess (no title, description, requirements or benefits)"));
        assertThat(run.analysed()).isEqualTo(24);
        assertThat(Files.readString(report.resolveSibling("metrics.json"))).contains("redflag.analysis").contains("redflag.crawl.pages");
        assertThat(s.get(ScanJobConfiguration.CRAWL_STEP).getWriteCount()).isEqualTo(24);
        assertThat(first.getStepExecutions()).filteredOn(e -> e.getStepName().startsWith(ScanJobConfiguration.CRAWL_SITE_STEP + ":"))
                .as("one crawl partition per demo site").hasSize(2);
        assertThat(index.analysedIds()).hasSize(24);
        assertThat(index.refusedIds()).as("an ad without text stays stored, and is not tried again").containsExactly("empty-ad");
        assertThat(index.pendingIds()).isEmpty();

        JobExecution second = jobs.startJob(jobs.getUniqueJobParameters());
        assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        var crawl = SiteStatsAggregator.parseStats(second.getExecutionContext().getString(SiteStatsAggregator.STATS_KEY));
        assertThat(crawl.stream().mapToInt(SiteCrawlStats::newAds).sum()).isZero();
        assertThat(crawl.stream().mapToInt(SiteCrawlStats::unchangedAds).sum()).isEqualTo(24);
        assertThat(steps(second).get(ScanJobConfiguration.ANALYZE_STEP).getWriteCount()).isZero();
        assertThat(index.size()).isEqualTo(25);
    }
}
