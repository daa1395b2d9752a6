package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.AdRefusedException;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.index.lucene.LuceneAdIndex;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.MetaDataInstanceFactory;

/** The skips of the analysis step: every one is counted by site, and the first ones are kept with why. */
class AnalysisSkipListenerTest {

    @TempDir
    Path dir;

    @Test
    void moreSkipsThanAreKeptKeepTheFirstOnesAndCountThemAll() {
        int skips = AnalysisSkipListener.KEPT + 5;
        StepExecution step = MetaDataInstanceFactory.createStepExecution();
        try (LuceneAdIndex index = LuceneAdIndex.open(dir.resolve("index"))) {
            for (int i = 0; i < skips; i++) {
                index.upsert(JobAd.builder().id(id(i)).source("broken-board").url("https://broken.example/" + i)
                        .description("Position filled").build());
            }
            index.commit();
            AnalysisSkipListener listener = new AnalysisSkipListener(index, new ScanMetrics());
            listener.beforeStep(step);
            for (int i = 0; i < skips; i++) {
                listener.onSkipInProcess(id(i), new RedflagException("ad " + id(i) + " has 2 words of text"));
            }
        }

        ScanSkips recorded = ScanSkips.of(List.of(), step);
        assertThat(recorded.total()).isEqualTo(skips);
        assertThat(recorded.bySite()).containsExactly(Map.entry("broken-board", skips));
        List<SkippedAd> first = IntStream.range(0, AnalysisSkipListener.KEPT).mapToObj(i -> new SkippedAd(id(i),
                "broken-board", "https://broken.example/" + i, "ad " + id(i) + " has 2 words of text")).toList();
        assertThat(recorded.listed()).as("the first ads skipped, in order").containsExactlyElementsOf(first);
    }

    @Test
    void anAdRefusedForItsContentIsMarkedSoAndAnyOtherSkippedAdWaitsForTheNextScan() {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir.resolve("index"))) {
            index.upsert(JobAd.builder().id("filled").source("board").description("Position filled").build());
            index.upsert(JobAd.builder().id("odd").source("board").description("Line cook for our hotel kitchen").build());
            AnalysisSkipListener listener = new AnalysisSkipListener(index, new ScanMetrics());
            StepExecution step = MetaDataInstanceFactory.createStepExecution();
            listener.beforeStep(step);
            listener.onSkipInProcess("filled", new AdRefusedException("ad filled has 2 words of text"));
            listener.onSkipInProcess("odd", new RedflagException("ad odd could not be scored"));
            assertThat(index.refusedIds()).containsExactly("filled");
            assertThat(index.pendingIds()).containsExactly("odd");

            ScanSkips skips = ScanSkips.of(index.refusedBy(ScanNumber.label(step.getJobExecution())), step);
            assertThat(skips.total()).isEqualTo(2);
            assertThat(skips.bySite()).containsExactly(Map.entry("board", 2));
            assertThat(skips.listed()).as("the refusal, kept by the index, and the other skip, kept by the step")
                    .containsExactly(new SkippedAd("filled", "board", "", "ad filled has 2 words of text"),
                            new SkippedAd("odd", "board", "", "ad odd could not be scored"));
        }
    }

    private static String id(int i) {
        return String.format("broken-board-%03d", i);
    }
}
