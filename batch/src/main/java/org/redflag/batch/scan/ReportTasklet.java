package org.redflag.batch.scan;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.redflag.Redflag;
import org.redflag.batch.report.LinksSection;
import org.redflag.batch.report.ReportFiles;
import org.redflag.batch.report.ReportTally;
import org.redflag.batch.report.RunSummary;
import org.redflag.index.AdIndex;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Writes the run's report folder from the crawl's numbers, the analysis step's skips, the index (its ads, the ads the
 * scan refused and its count of the ads the scan analysed in all its attempts, which a kill cannot put behind the ads)
 * and the run's metrics ({@code metrics.json}), with a copy of the scan's links: all a report needs to be rendered
 * again ({@link org.redflag.batch.report.SavedRun}).
 */
public class ReportTasklet implements Tasklet {

    /** Key of the report's path in the job's execution context. */
    public static final String REPORT_KEY = "report.path";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final JobRepository repository;
    private final AdIndex index;
    private final Path reportsDir;
    private final Supplier<Redflag> redflag;
    private final ScanMetrics metrics;

    /**
     * @param repository where the analysis of a scan restarted after it is found
     * @param index the scored ads
     * @param reportsDir the folder of all reports
     * @param redflag names the model that scored
     * @param metrics the run's metrics
     */
    public ReportTasklet(JobRepository repository, AdIndex index, Path reportsDir, Supplier<Redflag> redflag,
                         ScanMetrics metrics) {
        this.repository = repository;
        this.index = index;
        this.reportsDir = reportsDir;
        this.redflag = redflag;
        this.metrics = metrics;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        StepExecution analysis = analysisOf(job);
        long scan = ScanNumber.of(job);
        Path dir = ReportFiles.runDir(reportsDir, scan);
        ReportTally scored = ReportFiles.writeAds(dir, index);
        ScanSkips skips = ScanSkips.of(index.refusedBy(ScanNumber.label(job)), analysis);
        List<JobExecution> attempts = attempts(job);
        RunSummary summary = new RunSummary(scan, started(attempts),
                TIME.format(LocalDateTime.now()),
                SiteStatsAggregator.parseStats(job.getExecutionContext().getString(SiteStatsAggregator.STATS_KEY, null)),
                analysed(job, attempts), skips.total(), redflag.get().model().card().id(), skips.bySite(), skips.listed(),
                scored.highRiskBySite());
        ReportFiles.writeMetrics(dir, metrics.snapshot());
        Path html = ReportFiles.write(dir, summary, scored);
        Optional.ofNullable(job.getExecutionContext().getString(LinkTasklet.LINKS_KEY, null))
                .flatMap(links -> ScanLinks.read(Path.of(links).getParent())).ifPresent(links -> {
                    links.write(dir); // the run's own links, which the next scan's replace in the data folder
                    LinksSection.insertInto(html, links);
                });
        job.getExecutionContext().putString(REPORT_KEY, html.toString());
        return RepeatStatus.FINISHED;
    }

    /** @return the scan's attempts: this one as it is now, the earlier ones as they recorded themselves */
    private List<JobExecution> attempts(JobExecution job) {
        return repository.getJobExecutions(job.getJobInstance()).stream()
                .map(attempt -> attempt.getId() == job.getId() ? job : attempt).toList();
    }

    /**
     * @return how many ads the scan analysed in all its attempts, as the index counted them with the ads; for a scan
     *     begun before the index counted (an earlier Redflag), as its attempts recorded them in the job repository,
     *     which can lag the index by the chunk a killed attempt was committing
     */
    private long analysed(JobExecution job, List<JobExecution> attempts) {
        long recorded = attempts.stream().flatMap(attempt -> attempt.getStepExecutions().stream())
                .filter(s -> s.getStepName().equals(ScanJobConfiguration.ANALYZE_STEP))
                .mapToLong(StepExecution::getWriteCount).sum();
        return Math.max(index.tally(ScanNumber.analysedTally(job)), recorded);
    }

    /** @return when the scan started: its first attempt's start, which a restart does not move; empty when unknown */
    private static String started(List<JobExecution> attempts) {
        return attempts.stream().map(JobExecution::getStartTime).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).map(TIME::format).orElse("");
    }

    /** @return the scan's analysis: this execution's, or the last one's when a restart did not need to run it again */
    private StepExecution analysisOf(JobExecution job) {
        String name = ScanJobConfiguration.ANALYZE_STEP;
        return job.getStepExecutions().stream().filter(s -> s.getStepName().equals(name)).findFirst()
                .orElseGet(() -> repository.getLastStepExecution(job.getJobInstance(), name));
    }
}
