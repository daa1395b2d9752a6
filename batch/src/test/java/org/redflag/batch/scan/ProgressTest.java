package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.redflag.AdRefusedException;
import org.redflag.batch.ConsoleProgress;

class ProgressTest {

    @Test
    void aSkippedAdIsDoneTooSoTheBarReachesTheEnd() {
        StringWriter shown = new StringWriter();
        var progress = new IndexItemWriter.Progress(new ConsoleProgress(new PrintWriter(shown, true), "analysing", false),
                () -> 3);
        progress.advance(1);
        progress.onSkipInProcess("filled-1", new AdRefusedException("ad filled-1 has 2 words of text"));
        progress.advance(1);
        assertThat(shown.toString().lines().reduce((a, b) -> b).orElseThrow()).endsWith("] 3/3");
    }
}
