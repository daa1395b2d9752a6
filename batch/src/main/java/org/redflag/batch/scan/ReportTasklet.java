package org.redflag.batch.scan;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.redflag.Redflag;
import org.redflag.batch.report.LinksSection;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.RunSummary;
import org.redflag.index.AdIndex;
import org.redflag.index.StoredAd;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Writes the run's report folder from the crawl's numbers, the analysis step's counts and the index. */
public class ReportTasklet implements Tasklet {

    /** Key of the report's path in the job's execution context. */
    public static final String REPORT_KEY = "report.path";

    private final AdIndex index;
    private final Path reportsDir;
    private final Redflag redflag;

    /**
     * @param index the scored ads
     * @param reportsDir the folder of all reports
     * @param redflag names the model that scored
     */
    public ReportTasklet(AdIndex index, Path reportsDir, Redflag redflag) {
        this.index = index;
        this.reportsDir = reportsDir;
        this.redflag = redflag;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        long analysed = 0;
        long skipped = 0;
        for (StepExecution s : job.getStepExecutions()) {
            if (s.getStepName().equals(ScanJobConfiguration.ANALYZE_STEP)) {
                analysed += s.getWriteCount();
                skipped += s.getSkipCount();
            }
        }
        RunSummary summary = new RunSummary(job.getId(), String.valueOf(job.getStartTime()),
                OffsetDateTime.now(ZoneOffset.UTC).toString(),
                CrawlTasklet.parseStats(job.getExecutionContext().getString(CrawlTasklet.STATS_KEY, null)),
                analysed, skipped, redflag.model().card().id());
        List<StoredAd> ads = new ArrayList<>();
        for (String id : index.analysedIds()) {
            index.get(id).ifPresent(ads::add);
        }
        Path html = ReportFiles.write(ReportFiles.runDir(reportsDir, job.getId()), summary, ads);
        java.util.Optional.ofNullable(job.getExecutionContext().getString(LinkTasklet.LINKS_KEY, null))
                .flatMap(links -> ScanLinks.read(Path.of(links).getParent())).ifPresent(links -> LinksSection.insertInto(html, links));
        job.getExecutionContext().putString(REPORT_KEY, html.toString());
        return RepeatStatus.FINISHED;
    }
}
