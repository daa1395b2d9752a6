package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an ad says reaches the terminal as text, never as a command to the terminal. */
class TerminalTextTest {

    @Test
    void controlCharactersAreShownNotObeyed() {
        StringWriter to = new StringWriter();
        PrintWriter out = new PrintWriter(new TerminalText(to, false), true);
        out.println("Job \u001b[2J\u001b[31mLOW\u001b[0m \u0007 \u009b1m\tend\rrisk");
        out.print('\u001b');
        out.flush();
        assertThat(to.toString()).isEqualTo("Job \uFFFD[2J\uFFFD[31mLOW\uFFFD[0m \uFFFD \uFFFD1m\tend\uFFFDrisk"
                + System.lineSeparator() + "\uFFFD");
    }

    @Test
    void aCarriageReturnPassesWhereTheWriterRedrawsItsLine() {
        StringWriter to = new StringWriter();
        PrintWriter err = new PrintWriter(new TerminalText(to, true), true);
        err.print("\ranalysing 10/20\ranalysing 20/20\u001b");
        err.flush();
        assertThat(to.toString()).isEqualTo("\ranalysing 10/20\ranalysing 20/20\uFFFD");
    }

    @Test
    void assessPrintsAnAdsEscapeSequencesAsText(@TempDir Path dir) throws Exception {
        Path ad = Files.writeString(dir.resolve("ad.json"), "{\"id\":\"x\",\"title\":\"Job \\u001b[2J\\u001b[31mLOW RISK\","
                + "\"description\":\"Work in Dubai. Passports are kept by the company. \\u001b]0;owned\\u0007\"}");
        RedflagCommandTest.Run r = RedflagCommandTest.run("assess", ad.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Job \uFFFD[2J\uFFFD[31mLOW RISK").doesNotContain("\u001b").doesNotContain("\u0007");
    }
}
