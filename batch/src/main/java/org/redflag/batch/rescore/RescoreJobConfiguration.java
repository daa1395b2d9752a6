package org.redflag.batch.rescore;

import java.util.function.Supplier;
import org.redflag.Redflag;
import org.redflag.RedflagException;
import org.redflag.batch.RedflagProperties;
import org.redflag.batch.scan.IndexItemWriter;
import org.redflag.batch.scan.ScoredAd;
import org.redflag.index.lucene.LuceneAdIndex;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * The rescore job: one chunk-oriented step, {@value #RESCORE_STEP}, that reads every analysed ad
 * ({@link AnalysedAdReader}), scores its stored analysis again with the model of {@code redflag.model}
 * (the default model when unset) and the current rules ({@link RescoreProcessor}), and writes the new
 * assessment back ({@link IndexItemWriter}). An ad without a stored analysis is skipped and counted.
 * CoreNLP is never loaded: the job's Redflag has no analyser.
 *
 * <p>The ads of a chunk are scored on {@code redflag.rescore-threads} threads (2 by default) while the step's
 * own thread reads the ids and, once the chunk is scored, writes it and commits: reading and writing stay
 * in order on one thread, so the step restarts after its last committed chunk as a single-threaded one does.
 */
@Configuration(proxyBeanMethods = false)
public class RescoreJobConfiguration {

    /** The job's name. */
    public static final String JOB = "rescoreJob";
    /** The step's name. */
    public static final String RESCORE_STEP = "rescoreStep";
    /** The job parameter that names the model file (or {@code default}). */
    public static final String MODEL = "model";

    @Bean
    public Job rescoreJob(JobRepository jobRepository, Step rescoreStep) {
        return new JobBuilder(JOB, jobRepository).start(rescoreStep).build();
    }

    @Bean
    public AnalysedAdReader analysedAdReader(LuceneAdIndex index) {
        return new AnalysedAdReader(index);
    }

    @Bean
    public Step rescoreStep(JobRepository jobRepository, PlatformTransactionManager tx, AnalysedAdReader analysedAdReader,
                            LuceneAdIndex index, RedflagProperties props) {
        Supplier<Redflag> rescorer = SingletonSupplier.of(() -> rescorer(props));
        var progress = new IndexItemWriter.Progress("re-scoring", analysedAdReader::total);
        var processor = new RescoreProcessor(index, rescorer);
        return new StepBuilder(RESCORE_STEP, jobRepository)
                .<String, ScoredAd>chunk(props.chunkSize())
                .transactionManager(tx)
                .reader(analysedAdReader)
                .processor(processor)
                .taskExecutor(scoringThreads(props.rescoreThreads()))
                .writer(new IndexItemWriter(index, progress))
                .faultTolerant()
                .skip(RedflagException.class)
                .skipLimit(props.skipLimit())
                .listener((org.springframework.batch.core.listener.StepExecutionListener) processor)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) progress)
                .build();
    }

    /**
     * @param threads how many
     * @return daemon threads that score the ads of a chunk, and end when idle for a minute
     */
    static ThreadPoolTaskExecutor scoringThreads(int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setAllowCoreThreadTimeOut(true);
        pool.setDaemon(true);
        pool.setThreadNamePrefix("rescore-");
        pool.initialize();
        return pool;
    }

    /** @return a Redflag with the rules and the model to re-score with, and no analyser */
    static Redflag rescorer(RedflagProperties props) {
        Redflag.Builder b = Redflag.builder().analyzer(new NoAnalysis());
        if (props.model() != null) {
            b.model(props.model());
        }
        return b.build();
    }
}
