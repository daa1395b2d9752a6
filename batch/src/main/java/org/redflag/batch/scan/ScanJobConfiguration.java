package org.redflag.batch.scan;

import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.batch.CoreConfiguration;
import org.redflag.batch.RedflagProperties;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.scrape.jsoup.JsoupAdExtractor;
import org.redflag.scrape.jsoup.JsoupFetcher;
import org.redflag.scrape.jsoup.SiteCrawler;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The scan job: {@value #CRAWL_STEP} (fetch the sites, store new and changed ads) →
 * {@value #ANALYZE_STEP} (chunk-oriented: pending ads are analysed with CoreNLP, scored and written
 * back, a bad ad is skipped and counted) → {@value #LINK_STEP} (near-duplicate clusters and contact
 * networks, stored in the data folder) → {@value #REPORT_STEP} (the run's report).
 */
@Configuration(proxyBeanMethods = false)
public class ScanJobConfiguration {

    /** The job's name. */
    public static final String JOB = "scanJob";
    /** The crawl step's name. */
    public static final String CRAWL_STEP = "crawlStep";
    /** The analysis step's name. */
    public static final String ANALYZE_STEP = "analyzeStep";
    /** The link step's name. */
    public static final String LINK_STEP = "linkStep";
    /** The report step's name. */
    public static final String REPORT_STEP = "reportStep";

    @Bean
    public Job scanJob(JobRepository jobRepository, Step crawlStep, Step analyzeStep, Step linkStep, Step reportStep) {
        return new JobBuilder(JOB, jobRepository).start(crawlStep).next(analyzeStep).next(linkStep).next(reportStep).build();
    }

    @Bean
    public ScanLauncher scanLauncher(JobRepository jobRepository, JobOperator jobOperator, Job scanJob, RedflagProperties props) {
        return new ScanLauncher(jobRepository, jobOperator, scanJob, props);
    }

    @Bean
    public Step crawlStep(JobRepository jobRepository, PlatformTransactionManager tx, CoreConfiguration.Sites sites,
                          LuceneAdIndex index, RedflagProperties props) {
        FileCrawlMemory memory = new FileCrawlMemory(props.dataDir().resolve("crawl-memory.json"));
        SiteCrawler crawler = new SiteCrawler(new JsoupFetcher(), new JsoupAdExtractor(), memory);
        return new StepBuilder(CRAWL_STEP, jobRepository)
                .tasklet(new CrawlTasklet(sites.profiles(), crawler, index, memory::save), tx)
                .build();
    }

    @Bean
    public PendingAdReader pendingAdReader(LuceneAdIndex index) {
        return new PendingAdReader(index);
    }

    @Bean
    public Step analyzeStep(JobRepository jobRepository, PlatformTransactionManager tx, PendingAdReader pendingAdReader,
                            LuceneAdIndex index, Redflag redflag, RedflagProperties props) {
        var progress = new IndexItemWriter.Progress("analysing", pendingAdReader::total);
        return new StepBuilder(ANALYZE_STEP, jobRepository)
                .<String, ScoredAd>chunk(props.chunkSize())
                .transactionManager(tx)
                .reader(pendingAdReader)
                .processor(new AssessAdProcessor(index, redflag))
                .writer(new IndexItemWriter(index, progress))
                .faultTolerant()
                .skip(RedflagException.class)
                .skipLimit(props.skipLimit())
                .build();
    }

    @Bean
    public Step linkStep(JobRepository jobRepository, PlatformTransactionManager tx, LuceneAdIndex index, RedflagProperties props) {
        return new StepBuilder(LINK_STEP, jobRepository).tasklet(new LinkTasklet(index, props.dataDir()), tx).build();
    }

    @Bean
    public Step reportStep(JobRepository jobRepository, PlatformTransactionManager tx, LuceneAdIndex index,
                           RedflagProperties props, Redflag redflag) {
        return new StepBuilder(REPORT_STEP, jobRepository)
                .tasklet(new ReportTasklet(index, props.reportsDir(), redflag), tx)
                .build();
    }
}
