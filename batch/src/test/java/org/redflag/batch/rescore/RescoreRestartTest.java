package org.redflag.batch.rescore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.Redflag;
import org.redflag.batch.RedflagApplication;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.FeatureSnapshot;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.nlp.AnalyzedAd;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The rescore job scores a chunk's ads on several threads and stays restartable: a job that fails in its
 * third chunk keeps the two chunks it committed, and its restart goes on from the third.
 */
@SpringBatchTest
@SpringBootTest(classes = RedflagApplication.class)
class RescoreRestartTest {

    static final int ADS = 9;
    static final int CHUNK = 3;

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("redflag.data-dir", () -> data.toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("jobs/batch"));
        registry.add("redflag.chunk-size", () -> String.valueOf(CHUNK));
        registry.add("redflag.rescore-threads", () -> "2");
        registry.add("redflag.model", () -> RescoreJobFunctionalTest.otherModel(data).toString());
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    Job rescoreJob;

    @Autowired
    LuceneAdIndex index;

    @Test
    void aJobThatFailedInItsThirdChunkRestartsThereAndKeepsTheChunksItCommitted() throws Exception {
        Redflag withCoreNlp = Redflag.builder().build();
        List<LabelledAd> corpus = new ArrayList<>(CorpusReaders.readBundled().subList(0, ADS));
        corpus.sort((x, y) -> x.ad().id().compareTo(y.ad().id()));
        List<AnalyzedAd> analyses = corpus.stream().map(l -> withCoreNlp.analyze(l.ad())).toList();
        int broken = 2 * CHUNK + 1;
        for (int i = 0; i < ADS; i++) {
            AnalyzedAd a = analyses.get(i);
            index.upsert(a.ad());
            if (i == broken) {
                // stale features and an analysis whose sentence runs past its tokens: computing features fails the job
                AnalyzedAd bad = new AnalyzedAd(a.ad(), a.text(), a.sections(), a.tokens().subList(0, 1),
                        List.of(new AnalyzedAd.Sentence(0, a.tokens().size())), a.analyzer());
                index.store(bad, new FeatureSnapshot(withCoreNlp.featuresOf(a).vector(), "rules-of-last-year"), withCoreNlp.rescore(a));
            } else {
                index.store(a, withCoreNlp.featuresOf(a), withCoreNlp.rescore(a));
            }
        }
        index.commit();
        jobs.setJob(rescoreJob);
        JobParameters params = jobs.getUniqueJobParameters();

        JobExecution failed = jobs.startJob(params);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        StepExecution first = failed.getStepExecutions().iterator().next();
        assertThat(first.getWriteCount()).as("the two chunks before the broken ad").isEqualTo(2 * CHUNK);
        for (int i = 0; i < ADS; i++) {
            String model = index.get(corpus.get(i).ad().id()).orElseThrow().assessment().model();
            assertThat(model).as("ad %d", i).isEqualTo(i < 2 * CHUNK ? RescoreJobFunctionalTest.MODEL_ID : withCoreNlp.model().card().id());
        }

        AnalyzedAd fixed = analyses.get(broken);
        index.store(fixed, withCoreNlp.featuresOf(fixed), withCoreNlp.rescore(fixed));
        index.commit();
        JobExecution restarted = jobs.startJob(params);

        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution second = restarted.getStepExecutions().iterator().next();
        assertThat(second.getReadCount()).as("only the chunk that failed and the ones after it").isEqualTo(ADS - 2 * CHUNK);
        assertThat(second.getWriteCount()).isEqualTo(ADS - 2 * CHUNK);
        for (LabelledAd l : corpus) {
            assertThat(index.get(l.ad().id()).orElseThrow().assessment().model()).isEqualTo(RescoreJobFunctionalTest.MODEL_ID);
        }
    }
}
