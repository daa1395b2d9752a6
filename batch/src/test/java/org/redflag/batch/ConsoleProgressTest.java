package org.redflag.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    private final StringWriter text = new StringWriter();

    private ConsoleProgress progress(boolean terminal) {
        return new ConsoleProgress(new PrintWriter(text), "analysing", terminal);
    }

    @Test
    void offATerminalEachTenthIsALineOfItsOwn() {
        ConsoleProgress p = progress(false);
        for (int done = 1; done <= 100; done++) {
            p.show(done, 100);
        }
        String[] lines = text.toString().split("\n");
        assertThat(text.toString()).doesNotContain("\r");
        assertThat(lines).hasSize(11);
        assertThat(lines[0]).isEqualTo("analysing [" + " ".repeat(30) + "] 1/100");
        assertThat(lines[5]).isEqualTo("analysing [" + "#".repeat(15) + " ".repeat(15) + "] 50/100");
        assertThat(lines[10]).isEqualTo("analysing [" + "#".repeat(30) + "] 100/100");
    }

    @Test
    void onATerminalTheBarIsRedrawnInPlaceAndItsLineEndedWhenDone() {
        ConsoleProgress p = progress(true);
        for (int done = 1; done <= 1000; done++) {
            p.show(done, 1000);
        }
        String shown = text.toString();
        assertThat(shown.chars().filter(c -> c == '\r').count()).as("redrawn at most fifty times and once at the start").isEqualTo(51);
        assertThat(shown).endsWith("] 1000/1000\n").containsOnlyOnce("\n");
    }

    @Test
    void aBarLeftOpenIsEndedAndTheNextLoopCountsFromTheStart() {
        ConsoleProgress p = progress(true);
        p.show(3, 10);
        p.end();
        assertThat(text.toString()).endsWith("] 3/10\n");
        p.show(1, 10);
        assertThat(text.toString()).endsWith("\ranalysing [###" + " ".repeat(27) + "] 1/10");
    }

    @Test
    void moreDoneThanTheTotalCountsAsTheTotal() {
        ConsoleProgress p = progress(false);
        p.show(12, 10);
        assertThat(text.toString()).isEqualTo("analysing [" + "#".repeat(30) + "] 12/12\n");
    }
}
