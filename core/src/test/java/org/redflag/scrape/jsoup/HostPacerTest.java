package org.redflag.scrape.jsoup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The pause between requests to one host, whatever length it is asked for. */
class HostPacerTest {

    private final FakeClock clock = new FakeClock();
    private final HostPacer pacer = new HostPacer(clock);

    @Test
    void aPauseTooLongToAddToTheClockStillKeepsTheNextRequestWaiting() {
        pacer.inTurn("board.example", Long.MAX_VALUE, () -> "first");
        pacer.inTurn("board.example", 0, () -> "second");
        assertThat(clock.sleeps()).singleElement().satisfies(wait -> assertThat(wait).isGreaterThan(Long.MAX_VALUE / 2));
    }

    @Test
    void aHoldOffTooLongToAddToTheClockStillHoldsTheHostOff() {
        pacer.holdOff("board.example", Long.MAX_VALUE);
        pacer.inTurn("board.example", 0, () -> "after");
        assertThat(clock.sleeps()).singleElement().satisfies(wait -> assertThat(wait).isGreaterThan(Long.MAX_VALUE / 2));
    }
}
