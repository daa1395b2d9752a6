package org.redflag.batch.rescore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.Redflag;
import org.redflag.ad.JobAd;
import org.redflag.batch.RedflagApplication;
import org.redflag.batch.RedflagProperties;
import org.redflag.classify.ModelCard;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.classify.weka.ModelFiles;
import org.redflag.classify.weka.WekaRiskModel;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.FeatureSnapshot;
import org.redflag.index.StoredAd;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.nlp.AnalyzedAd;
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

/**
 * The rescore job over an index of analysed ads: every ad is scored again with the other model, from
 * its stored features when the current rules computed them, else from its stored analysis (the job's
 * Redflag has no analyser: analysing would fail the job), and a pending ad is left alone.
 */
@SpringBatchTest
@SpringBootTest(classes = RedflagApplication.class)
class RescoreJobFunctionalTest {

    static final int ADS = 8;
    static final String MODEL_ID = "rescore-test-model";

    @TempDir
    static Path data;

    static ModelCard card;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("redflag.data-dir", () -> data.toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("jobs/batch"));
        registry.add("redflag.chunk-size", () -> "3");
        registry.add("redflag.model", () -> otherModel(data).toString());
    }

    /**
     * The default classifier under another id and with lower thresholds, so that levels change.
     *
     * @param data the folder to write it in
     * @return its file
     */
    static Path otherModel(Path data) {
        Path file = data.resolve("other.model");
        WekaRiskModel base = ModelFiles.readDefault();
        ModelCard c = base.card();
        card = ModelFiles.write(base.classifier(), new ModelCard(MODEL_ID, c.classifier(), c.featureNames(), c.textFeatures(),
                c.highThreshold() / 2, c.mediumThreshold() / 2, c.trainingData(), c.labelCounts(), c.metrics(), c.versions(),
                c.analyzer(), c.created(), c.command(), null), file);
        return file;
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    Job rescoreJob;

    @Autowired
    LuceneAdIndex index;

    @Autowired
    RedflagProperties props;

    @Test
    void rescoresEveryAnalysedAdFromItsStoredFeaturesOrItsStoredAnalysis() throws Exception {
        Redflag withCoreNlp = Redflag.builder().build();
        List<LabelledAd> corpus = CorpusReaders.readBundled().subList(0, ADS);
        Map<String, AnalyzedAd> analyses = new HashMap<>();
        Map<String, FeatureSnapshot> computed = new HashMap<>();
        for (LabelledAd l : corpus) {
            AnalyzedAd analysis = withCoreNlp.analyze(l.ad());
            analyses.put(l.ad().id(), analysis);
            computed.put(l.ad().id(), withCoreNlp.featuresOf(analysis));
        }
        String noFeatures = corpus.get(0).ad().id();
        String staleRules = corpus.get(1).ad().id();
        String borrowed = corpus.get(2).ad().id();
        String lender = corpus.get(ADS - 1).ad().id();
        FeatureSnapshot lent = new FeatureSnapshot(computed.get(lender).vector(), withCoreNlp.featureFingerprint());
        for (LabelledAd l : corpus) {
            String id = l.ad().id();
            AnalyzedAd analysis = analyses.get(id);
            FeatureSnapshot features = id.equals(noFeatures) ? null
                    // computed by other rules: the wrong features (another ad's) under another fingerprint
                    : id.equals(staleRules) ? new FeatureSnapshot(computed.get(lender).vector(), "rules-of-last-year")
                    // the current fingerprint over another ad's features: a reused vector shows in the risk
                    : id.equals(borrowed) ? lent
                    : computed.get(id);
            index.upsert(l.ad());
            index.store(analysis, features, withCoreNlp.rescore(analysis));
        }
        index.upsert(JobAd.builder().id("pending-ad").source("test").title("Cook").description("A cook is wanted.").build());
        index.commit();

        jobs.setJob(rescoreJob);
        JobExecution run = jobs.startJob(jobs.getUniqueJobParameters());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution step = run.getStepExecutions().iterator().next();
        assertThat(step.getStepName()).isEqualTo(RescoreJobConfiguration.RESCORE_STEP);
        assertThat(step.getReadCount()).isEqualTo(ADS);
        assertThat(step.getWriteCount()).isEqualTo(ADS);
        assertThat(step.getSkipCount()).isZero();

        Redflag expected = Redflag.builder().analyzer(new NoAnalysis()).model(props.model()).build();
        double ownRisk = expected.rescore(analyses.get(borrowed)).risk();
        double lentRisk = expected.score(borrowed, lent.vector()).risk();
        assertThat(lentRisk).as("the test needs two ads that score apart").isNotEqualTo(ownRisk);
        for (LabelledAd l : corpus) {
            String id = l.ad().id();
            StoredAd stored = index.get(id).orElseThrow();
            RiskAssessment a = stored.assessment();
            assertThat(a.model()).isEqualTo(MODEL_ID);
            assertThat(a.level()).isEqualTo(RiskLevel.of(a.risk(), card));
            assertThat(stored.analysis().analyzer()).as("the stored analysis is kept").isEqualTo(analyses.get(id).analyzer());
            FeatureSnapshot now = index.storedFeatures(id).orElseThrow();
            assertThat(now.fingerprint()).isEqualTo(expected.featureFingerprint());
            if (id.equals(borrowed)) {
                assertThat(a.risk()).as("features under the current fingerprint are reused, not computed").isEqualTo(lentRisk);
                assertThat(now.vector()).isEqualTo(lent.vector());
            } else {
                assertThat(a.risk()).isEqualTo(expected.rescore(analyses.get(id)).risk());
                assertThat(now.vector()).as("missing or stale features are computed again and stored")
                        .isEqualTo(expected.featuresOf(analyses.get(id)).vector());
                assertThat(a.indicators()).isEqualTo(now.vector().indicators());
            }
        }
        assertThat(index.pendingIds()).containsExactly("pending-ad");
        assertThat(index.size()).isEqualTo(ADS + 1);
    }

    @Test
    void theRescorerNeverAnalyses() {
        Redflag rescorer = RescoreJobConfiguration.rescorer(props);
        assertThatThrownBy(() -> rescorer.analyze(JobAd.builder().id("x").description("A cook is wanted for our hotel kitchen.").build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("never analyses");
    }
}
