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

    @Test
    void bidirectionalOverridesAndIsolatesAreShownNotObeyedButMarksPass() {
        StringWriter to = new StringWriter();
        PrintWriter out = new PrintWriter(new TerminalText(to, false), true);
        out.print("risk \u202EHGIH\u202C \u2067x\u2069 \u200F\u0645\u200E");
        out.flush();
        assertThat(to.toString()).isEqualTo("risk \uFFFDHGIH\uFFFD \uFFFDx\uFFFD \u200F\u0645\u200E");
    }

    @Test
    void jsonEscapesWhatTheTerminalWouldReplaceSoThatAProgramReadsTheAdUnchanged() throws Exception {
        String title = "Job \u202Eeerf\u202C \u0085 \u007F \u0645\u200F";
        String json = Output.JSON.writeValueAsString(java.util.Map.of("title", title));
        assertThat(json).isEqualTo("{\"title\":\"Job \\u202Eeerf\\u202C \\u0085 \\u007F \u0645\u200F\"}");
        assertThat(Output.JSON.readTree(json).get("title").asString()).isEqualTo(title);
    }

    @Test
    void assessJsonKeepsAnAdsControlCharactersAsEscapes(@TempDir Path dir) throws Exception {
        Path ad = Files.writeString(dir.resolve("ad.json"), "{\"id\":\"x\",\"title\":\"Cook \\u202Eidua\\u202C\","
                + "\"description\":\"Work in Dubai. Passports are kept by the company.\"}");
        RedflagCommandTest.Run r = RedflagCommandTest.run("assess", "--json", ad.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("\uFFFD").doesNotContain("\u202E").contains("\\u202E");
        assertThat(Output.JSON.readTree(r.out()).findValuesAsString("text")).as("the title is the vague employer's evidence")
                .contains("Cook \u202Eidua\u202C");
    }
}
