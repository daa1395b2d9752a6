package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {

    @Test
    void fewFindsLeaveAWideInterval() {
        WilsonInterval i = WilsonInterval.of(4, 7);
        assertThat(i.low()).isCloseTo(0.2504, within(0.0005));
        assertThat(i.high()).isCloseTo(0.8418, within(0.0005));
    }

    @Test
    void moreFindsAtTheSameShareNarrowIt() {
        WilsonInterval i = WilsonInterval.of(400, 700);
        assertThat(i.low()).isCloseTo(0.5345, within(0.0005));
        assertThat(i.high()).isCloseTo(0.6076, within(0.0005));
    }

    @Test
    void allRightOrAllWrongStaysInsideZeroToOne() {
        assertThat(WilsonInterval.of(10, 10).high()).isEqualTo(1.0);
        assertThat(WilsonInterval.of(10, 10).low()).isCloseTo(0.7225, within(0.0005));
        assertThat(WilsonInterval.of(0, 10).low()).isEqualTo(0.0);
        assertThat(WilsonInterval.of(0, 10).high()).isCloseTo(0.2775, within(0.0005));
    }

    @Test
    void noTrialsSayNothing() {
        assertThat(WilsonInterval.of(0, 0)).isEqualTo(new WilsonInterval(0, 1));
    }

    @Test
    void theShareMeasuredLiesInsideItsInterval() {
        for (int trials = 1; trials <= 50; trials++) {
            for (int successes = 0; successes <= trials; successes++) {
                WilsonInterval i = WilsonInterval.of(successes, trials);
                double share = (double) successes / trials;
                assertThat(share).as(successes + " of " + trials).isBetween(i.low(), i.high());
            }
        }
    }

    @Test
    void countsThatAreNoShareAreRefused() {
        assertThatThrownBy(() -> WilsonInterval.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WilsonInterval.of(-1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WilsonInterval(0.6, 0.4)).isInstanceOf(IllegalArgumentException.class);
    }
}
