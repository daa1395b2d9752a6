package org.redflag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class AnalysisTimeLimitTest {

    final AnalysisTimeLimit limit = new AnalysisTimeLimit(Duration.ofMillis(100));

    /** Works until interrupted, then stops as CoreNLP's annotators do. */
    static String endless() {
        while (!Thread.currentThread().isInterrupted()) {
            Thread.onSpinWait();
        }
        throw new IllegalStateException("interrupted");
    }

    @Test
    void anAnalysisOverTheLimitIsStoppedAndToldAndTheThreadIsLeftUninterrupted() {
        assertThatThrownBy(() -> limit.run(AnalysisTimeLimitTest::endless, () -> new AdRefusedException("too slow")))
                .isInstanceOf(AdRefusedException.class).hasMessage("too slow");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void anAnalysisWithinTheLimitGivesItsResultAndNoInterruptComesLater() throws InterruptedException {
        assertThat(limit.run(() -> "analysed", () -> new AdRefusedException("too slow"))).isEqualTo("analysed");
        Thread.sleep(300);
        assertThat(Thread.currentThread().isInterrupted()).as("the alarm was called off").isFalse();
    }

    @Test
    void anAnalysisThatFailsWithinTheLimitFailsAsItDid() {
        assertThatThrownBy(() -> limit.run(() -> {
            throw new RedflagException("broken");
        }, () -> new AdRefusedException("too slow"))).isExactlyInstanceOf(RedflagException.class).hasMessage("broken");
    }

    @Test
    void aLimitIsPositive() {
        assertThatThrownBy(() -> new AnalysisTimeLimit(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Redflag.builder().analysisTimeLimit(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
