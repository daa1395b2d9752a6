package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code redflag bench} runs every stage and prints its numbers; how fast they are is the benchmark's business, not the test's. */
class BenchCommandTest {

    @Test
    void benchMeasuresEveryStageAndPrintsItAsJson() {
        RedflagCommandTest.Run r = RedflagCommandTest.run("bench", "--ads", "20", "--threads", "2", "--rescore-ads", "50", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(r.out());
        assertThat(result.get("ads").asInt()).isEqualTo(20);
        assertThat(result.get("tokens").asLong()).isPositive();
        List<String> stages = new ArrayList<>();
        List<String> rescoreRows = List.of("Weka scoring of the features", "re-score from index, stored features",
                "re-score from index, stored features + write");
        for (JsonNode row : result.get("rows")) {
            stages.add(row.get("stage").asString() + " x" + row.get("threads").asInt());
            // the scoring of stored features runs over --rescore-ads ads, every other stage over --ads
            assertThat(row.get("items").asInt()).as(row.toString()).isEqualTo(rescoreRows.contains(row.get("stage").asString()) ? 50 : 20);
            assertThat(row.get("seconds").asDouble()).as(row.toString()).isPositive();
            assertThat(row.get("adsPerSecond").asDouble()).as(row.toString()).isPositive();
        }
        assertThat(stages).containsExactly(
                "extract from HTML (jsoup) x1",
                "bare CoreNLP (the floor) x1", "analyse (Redflag's CoreNLP stage) x1", "analyse + score (end to end) x1",
                "bare CoreNLP (the floor) x2", "analyse (Redflag's CoreNLP stage) x2", "analyse + score (end to end) x2",
                "features (indicators, contacts, pay) x1", "features, every word seen for the first time x1",
                "Weka scoring of the features x1",
                "re-score an analysis (features + Weka) x2",
                "index: raw Lucene, same documents x1", "index: Redflag (LuceneAdIndex.store) x1",
                "re-score from index, rules changed x2", "re-score from index, stored features x2",
                "re-score from index, stored features + write x2",
                "full scan (upsert, analyse, score, store) x2", "rescan, 95 % unchanged x2");
        List<String> ratios = new ArrayList<>();
        result.get("ratios").propertyNames().forEach(ratios::add);
        assertThat(ratios).hasSize(9).anyMatch(n -> n.startsWith("speed-up 2 threads / 1, analyse + score"))
                .anyMatch(n -> n.startsWith("rescan time / full scan time"));
        assertThat(result.get("assessP50Ms").asDouble()).isPositive();
        assertThat(result.get("assessP99Ms").asDouble()).isPositive();
        assertThat(result.get("peakHeapMb").asLong()).isPositive();
    }

    @Test
    void scanAdsRunsARealScanOfTheDemoBoardAndSamplesItsLiveHeap() {
        RedflagCommandTest.Run r = RedflagCommandTest.run("bench", "--scan-ads", "24", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode result = JsonMapper.builder().build().readTree(r.out());
        assertThat(result.get("ads").asInt()).isEqualTo(24);
        assertThat(result.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(result.get("adsPerSecond").asDouble()).isPositive();
        List<String> phases = new ArrayList<>();
        result.get("phaseSeconds").propertyNames().forEach(phases::add);
        assertThat(phases).startsWith("crawl", "analyse");
        List<String> samples = new ArrayList<>();
        double seconds = 0;
        long maxLive = result.get("maxLiveHeapMb").asLong();
        for (JsonNode s : result.get("samples")) {
            samples.add(s.get("phase").asString() + " " + s.get("percent").asInt());
            assertThat(s.get("seconds").asDouble()).as("samples in the order taken").isGreaterThanOrEqualTo(seconds);
            seconds = s.get("seconds").asDouble();
            assertThat(s.get("liveHeapMb").asLong()).isPositive().isLessThanOrEqualTo(maxLive);
        }
        assertThat(samples).as("the crawl's tenths are all seen: CoreNLP loads before the analysis starts")
                .startsWith("crawl 10", "crawl 20", "crawl 30", "crawl 40", "crawl 50", "crawl 60", "crawl 70", "crawl 80",
                        "crawl 90", "crawl 100")
                .endsWith("done 100");
        assertThat(result.get("peakHeapMb").asLong()).isGreaterThanOrEqualTo(maxLive);
        assertThat(result.get("maxHeapMb").asLong()).isGreaterThanOrEqualTo(result.get("peakHeapMb").asLong());
    }

    @Test
    void aScanOfNoAdsIsBadUsageInOneLine() {
        RedflagCommandTest.Run r = RedflagCommandTest.run("bench", "--scan-ads", "0");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("option '--scan-ads': 0 ");
    }

    @Test
    void theStagesOptionsAreBadUsageWithAScan() {
        RedflagCommandTest.Run r = RedflagCommandTest.run("bench", "--scan-ads", "24", "--ads", "100");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("redflag bench: --ads is not used with --scan-ads").doesNotContain("\n");
    }

    @Test
    void anUnknownAnalysisIsBadUsageInOneLine() {
        RedflagCommandTest.Run r = RedflagCommandTest.run("bench", "--analysis", "parse-everything");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("unknown analysis 'parse-everything'");
    }
}
