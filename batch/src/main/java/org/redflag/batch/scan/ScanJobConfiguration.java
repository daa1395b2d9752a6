package org.redflag.batch.scan;

import java.util.List;
import java.util.function.Supplier;
import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.batch.CoreConfiguration;
import org.redflag.batch.RedflagProperties;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.scrape.SiteProfile;
import org.redflag.scrape.jsoup.JsoupAdExtractor;
import org.redflag.scrape.jsoup.JsoupFetcher;
import org.redflag.scrape.jsoup.SiteCrawler;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scan job: {@value #CRAWL_STEP} (partitioned by site: each {@value #CRAWL_SITE_STEP} worker fetches
 * one site and stores its new and changed ads; a site that is down fails only its own partition) →
 * {@value #ANALYZE_STEP} (chunk-oriented: pending ads are analysed with CoreNLP, scored and written
 * back, a bad ad is skipped and counted) → {@value #LINK_STEP} (near-duplicate clusters and contact
 * networks, stored in the data folder) → {@value #REPORT_STEP} (the run's report).
 */
@Configuration(proxyBeanMethods = false)
public class ScanJobConfiguration {

    /** The job's name. */
    public static final String JOB = "scanJob";
    /** The crawl step's name: the manager of one partition per site. */
    public static final String CRAWL_STEP = "crawlStep";
    /** The name of the worker step that crawls one site. */
    public static final String CRAWL_SITE_STEP = "crawlSiteStep";
    /** The analysis step's name. */
    public static final String ANALYZE_STEP = "analyzeStep";
    /** The link step's name. */
    public static final String LINK_STEP = "linkStep";
    /** The report step's name. */
    public static final String REPORT_STEP = "reportStep";

    @Bean
    public Job scanJob(JobRepository jobRepository, Step crawlStep, Step analyzeStep, Step linkStep, Step reportStep, ScanMetrics scanMetrics,
                       ScanFetcher scanFetcher) {
        return new JobBuilder(JOB, jobRepository)
                .listener(new JobExecutionListener() {
                    @Override
                    public void beforeJob(JobExecution jobExecution) {
                        scanMetrics.startRun();
                        scanFetcher.newScan();
                    }
                })
                .start(crawlStep).next(analyzeStep).next(linkStep).next(reportStep)
                .build();
    }

    /** @return the fetcher of every site's crawl: polite, and a page that failed is not fetched again in the scan */
    @Bean
    public ScanFetcher scanFetcher() {
        return new ScanFetcher(new JsoupFetcher());
    }

    @Bean
    public ScanMetrics scanMetrics() {
        return new ScanMetrics();
    }

    @Bean
    public ScanLauncher scanLauncher(JobRepository jobRepository, JobOperator jobOperator, Job scanJob, RedflagProperties props) {
        return new ScanLauncher(jobRepository, jobOperator, scanJob, props);
    }

    @Bean
    public Step crawlStep(JobRepository jobRepository, Step crawlSiteStep, ObjectProvider<CoreConfiguration.Sites> sites,
                          RedflagProperties props) {
        SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("crawl-");
        threads.setConcurrencyLimit(props.crawlThreads());
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(crawlSiteStep);
        handler.setTaskExecutor(threads);
        return new StepBuilder(CRAWL_STEP, jobRepository)
                .partitioner(CRAWL_SITE_STEP, new SitePartitioner(profiles(sites)))
                .partitionHandler(handler)
                .aggregator(new SiteStatsAggregator(jobRepository))
                .build();
    }

    @Bean
    public Step crawlSiteStep(JobRepository jobRepository, PlatformTransactionManager tx, ObjectProvider<CoreConfiguration.Sites> sites,
                              LuceneAdIndex index, RedflagProperties props, ScanMetrics scanMetrics, ScanFetcher scanFetcher) {
        FileCrawlMemory memory = new FileCrawlMemory(props.dataDir().resolve("crawl-memory.json"));
        SiteCrawler crawler = new SiteCrawler(scanFetcher, new JsoupAdExtractor(), memory);
        return new StepBuilder(CRAWL_SITE_STEP, jobRepository)
                .tasklet(new CrawlSiteTasklet(profiles(sites), crawler, index, () -> commit(index, memory), scanMetrics,
                        jobRepository), tx)
                .build();
    }

    /**
     * Commits the index, then saves the crawl memory as it was before the commit: a page the memory
     * vouches for has its ads in the index, even while another site's partition goes on crawling.
     */
    private static void commit(LuceneAdIndex index, FileCrawlMemory memory) {
        var pagesOfCommittedAds = memory.snapshot();
        index.commit();
        memory.save(pagesOfCommittedAds);
    }

    private static Supplier<List<SiteProfile>> profiles(ObjectProvider<CoreConfiguration.Sites> sites) {
        return () -> sites.getObject().profiles();
    }

    @Bean
    public PendingAdReader pendingAdReader(LuceneAdIndex index) {
        return new PendingAdReader(index);
    }

    @Bean
    public Step analyzeStep(JobRepository jobRepository, PlatformTransactionManager tx, PendingAdReader pendingAdReader,
                            LuceneAdIndex index, ObjectProvider<Redflag> redflag, RedflagProperties props, ScanMetrics scanMetrics) {
        var progress = new IndexItemWriter.Progress("analysing", pendingAdReader::total);
        var writer = new IndexItemWriter(index, progress, ScanNumber::analysedTally);
        return new StepBuilder(ANALYZE_STEP, jobRepository)
                .<String, ScoredAd>chunk(props.chunkSize())
                .transactionManager(tx)
                .reader(pendingAdReader)
                .processor(new AssessAdProcessor(index, redflag::getObject, scanMetrics))
                .writer(writer)
                .faultTolerant()
                .skip(RedflagException.class)
                .skipLimit(props.skipLimit())
                .listener(new AnalysisSkipListener(index, scanMetrics))
                .listener((org.springframework.batch.core.listener.StepExecutionListener) progress)
                .build();
    }

    @Bean
    public Step linkStep(JobRepository jobRepository, PlatformTransactionManager tx, LuceneAdIndex index, RedflagProperties props) {
        return new StepBuilder(LINK_STEP, jobRepository).tasklet(new LinkTasklet(index, props.dataDir()), tx).build();
    }

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, LuceneAdIndex index,
                           RedflagProperties props, ObjectProvider<Redflag> redflag, ScanMetrics scanMetrics) {
        return new StepBuilder(REPORT_STEP, jobRepository)
                .tasklet(new ReportTasklet(jobRepository, index, props.reportsDir(), redflag::getObject, scanMetrics),
                        tx)
                .build();
    }
}
