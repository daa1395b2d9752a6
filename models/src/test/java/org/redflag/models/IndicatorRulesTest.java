package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.redflag.corpus.CorpusReaders;
import org.redflag.corpus.CorpusSplit;

/**
 * The shipped indicator detection (rules and sentence model) on the held-out part of the team's corpus: the split that
 * {@code redflag corpus split --test 0.2 --seed 7} makes, whose ads the rules were never tuned on and the sentence model
 * never trained on. The floors (micro precision 0.870, micro-F1 0.875) are the quality measured on 2026-12-06 with the
 * indicator-sentence model beside the rules (0.876 / 0.883 in the morning, 0.874 / 0.879 after the seventh round of
 * VULNERABILITY_TARGETING rules, 0.873 / 0.879 after the eighth round, 0.877 / 0.880 with the sentence model's own finds
 * held to precision 0.70, 0.878 / 0.881 after the blind annotation of VULNERABILITY_TARGETING), less a small margin:
 * they stop a change from quietly making detection worse. The goal is micro-F1 0.85 with every code at precision 0.70 or
 * more; the rules' README says which code still falls short.
 *
 * <p>Batches 33 to 36 and 37 to 40 are a second and a third held-out part, each nearly twice the size of the first.
 */
class IndicatorRulesTest {

    private static final Path CORPUS = Path.of("../corpus/src/main/resources", CorpusReaders.BUNDLED_CORPUS);

    @Test
    void theRulesFindTheAnnotatedIndicatorsOfHeldOutAds(@TempDir Path dir) {
        CorpusSplit.Result split = CorpusSplit.split(CORPUS, 0.2, 7, dir);
        IndicatorMetrics metrics = measured(split.test(), "the test split");
        assertThat(metrics.ads()).isEqualTo(split.testAds());
        assertThat(metrics.microPrecision()).as("micro precision").isGreaterThanOrEqualTo(MICRO_PRECISION_FLOOR);
        assertThat(metrics.microF1()).as("micro-F1").isGreaterThanOrEqualTo(MICRO_F1_FLOOR);
    }

    /**
     * The later held-out parts, written in the sectors of batches 1 to 8 by writers who never saw the detection, and never tuned
     * or trained on. Floors a small margin under each part's first measure: batches 33 to 36 micro precision 0.909 and F1 0.908
     * (2026-12-06), batches 37 to 40 0.873 and 0.880 (2026-12-06, next session).
     */
    @ParameterizedTest(name = "{1}")
    @CsvSource({"redflag-ads-b33-b36.jsonl, batches 33 to 36, 240, 0.900, 0.900",
                "redflag-ads-b37-b40.jsonl, batches 37 to 40, 240, 0.865, 0.870"})
    void theDetectionFindsTheAnnotatedIndicatorsOfALaterHeldOutPart(String file, String name, int ads, double precisionFloor,
                                                                    double f1Floor) {
        IndicatorMetrics metrics = measured(CORPUS.resolveSibling(file), name);
        assertThat(metrics.ads()).isEqualTo(ads);
        assertThat(metrics.microPrecision()).as("micro precision").isGreaterThanOrEqualTo(precisionFloor);
        assertThat(metrics.microF1()).as("micro-F1").isGreaterThanOrEqualTo(f1Floor);
    }

    /** Detects the indicators of a file's ads with the shipped detection, and prints the measure overall and per code. */
    private static IndicatorMetrics measured(Path file, String name) {
        List<FeaturizedAd> ads = Featurizer.withDefaults().featurize(CorpusReaders.readAll(file, false), n -> { });
        IndicatorMetrics metrics = IndicatorMetrics.of(ads);
        System.out.printf("indicators on %s (%d ads): micro P %.3f R %.3f F1 %.3f%n", name, metrics.ads(),
                metrics.microPrecision(), metrics.microRecall(), metrics.microF1());
        metrics.perCode().forEach((code, s) -> System.out.printf("  %-26s P %.2f (%.2f-%.2f, %d finds) R %.2f F1 %.2f (%d)%n", code,
                s.precision(), s.precisionInterval().low(), s.precisionInterval().high(), s.finds(), s.recall(), s.f1(), s.support()));
        return metrics;
    }

    private static final double MICRO_PRECISION_FLOOR = 0.870;
    private static final double MICRO_F1_FLOOR = 0.875;
}
