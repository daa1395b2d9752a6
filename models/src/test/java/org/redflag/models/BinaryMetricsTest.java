package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinaryMetricsTest {

    @Test
    void countsTheConfusionMatrixAtTheThreshold() {
        double[] scores = {0.9, 0.8, 0.4, 0.3, 0.2, 0.7};
        boolean[] risky = {true, true, true, false, false, false};
        BinaryMetrics m = BinaryMetrics.of(scores, risky, 0.5);
        assertThat(m.truePositives()).isEqualTo(2);
        assertThat(m.falsePositives()).isEqualTo(1);
        assertThat(m.falseNegatives()).isEqualTo(1);
        assertThat(m.trueNegatives()).isEqualTo(2);
        assertThat(m.precision()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(m.recall()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(m.f1()).isCloseTo(2 / 3.0, within(1e-9));
    }

    @Test
    void rocAucIsTheChanceThatARiskyAdOutscoresALegitimateOne() {
        // risky {0.9, 0.8, 0.4} against legitimate {0.7, 0.3, 0.2}: 8 of 9 pairs ordered right
        double[] scores = {0.9, 0.8, 0.4, 0.3, 0.2, 0.7};
        boolean[] risky = {true, true, true, false, false, false};
        assertThat(BinaryMetrics.rocAuc(scores, risky)).isCloseTo(8 / 9.0, within(1e-9));
    }

    @Test
    void averagePrecisionOfAPerfectRankingIsOne() {
        double[] scores = {0.9, 0.8, 0.1, 0.2};
        boolean[] risky = {true, true, false, false};
        assertThat(BinaryMetrics.averagePrecision(scores, risky)).isEqualTo(1.0);
        // ranking risky, legit, risky: (1/1 + 2/3) / 2
        assertThat(BinaryMetrics.averagePrecision(new double[] {0.9, 0.8, 0.7}, new boolean[] {true, false, true}))
                .isCloseTo((1 + 2 / 3.0) / 2, within(1e-9));
    }

    @Test
    void theBestThresholdSeparatesASeparableSet() {
        double[] scores = {0.95, 0.6, 0.55, 0.3};
        boolean[] risky = {true, true, false, false};
        double t = BinaryMetrics.bestF1Threshold(scores, risky);
        assertThat(BinaryMetrics.of(scores, risky, t).f1()).isEqualTo(1.0);
    }

    @Test
    void calibrationBinsCoverEveryScore() {
        double[] scores = {0.05, 0.15, 0.95, 1.0};
        boolean[] risky = {false, false, true, true};
        BinaryMetrics m = BinaryMetrics.of(scores, risky, 0.5);
        assertThat(m.calibration()).hasSize(10);
        assertThat(m.calibration().stream().mapToInt(BinaryMetrics.CalibrationBin::ads).sum()).isEqualTo(4);
        assertThat(m.calibration().get(9).riskyShare()).isEqualTo(1.0);
    }
}
