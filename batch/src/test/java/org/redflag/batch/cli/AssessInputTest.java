package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.cli.RedflagCommandTest.Run;

/** What {@code assess} tells of an input it cannot read as ads: one line, in words, that names the file. */
class AssessInputTest {

    private static final String AD = "{\"id\": \"a\", \"title\": \"Packer\", \"description\": \"Pack boxes in the warehouse, "
            + "day shifts, paid weekly.\"}";

    @Test
    void aJsonFileOfTwoAdsIsToldToGiveOnePerFileOrUseJsonLines(@TempDir Path dir) throws Exception {
        Path multi = Files.writeString(dir.resolve("multi.json"), AD + "\n" + AD + "\n");
        Run r = RedflagCommandTest.run("assess", multi.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + multi + ": more than one JSON value (give one ad per .json "
                + "file, or several as .jsonl)");
    }

    @Test
    void jsonNestedTooDeepIsToldInWords(@TempDir Path dir) throws Exception {
        Path nested = Files.writeString(dir.resolve("nested.json"), "{\"id\": \"a\", \"x\": " + "[".repeat(2000)
                + "]".repeat(2000) + "}");
        Run r = RedflagCommandTest.run("assess", nested.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("redflag assess: " + nested + ": JSON nested deeper than 500 levels");
    }

    @Test
    void randomBytesWithoutANulByteAreRefusedAsNotText(@TempDir Path dir) throws Exception {
        byte[] random = new byte[4000];
        new java.util.Random(11).nextBytes(random);
        for (int i = 0; i < random.length; i++) {
            random[i] = random[i] == 0 ? 1 : random[i];
        }
        for (String name : List.of("x.txt", "x.html", "x.json")) {
            Path file = Files.write(dir.resolve(name), random);
            Run r = RedflagCommandTest.run("assess", file.toString());
            assertThat(r.code()).as(name).isEqualTo(1);
            assertThat(r.out()).as(name).isEmpty();
            assertThat(r.err().strip()).as(name).startsWith("redflag assess: " + file + " is not text (")
                    .contains("% of its characters are control characters or bytes that are not UTF-8")
                    .doesNotContain("\n");
        }
    }

    @Test
    void bytesThatAreNotUtf8AreWarnedOfInOneLineAndTheAdIsAssessed(@TempDir Path dir) throws Exception {
        String ad = "Work in Dubai as a caf\u00e9 waiter. Pay the visa fee of USD 900 first. Your passport is kept by the "
                + "company. Ni\u00f1os no.";
        byte[] latin1 = ad.getBytes(StandardCharsets.ISO_8859_1);
        Path txt = Files.write(dir.resolve("bad.txt"), latin1);
        Run r = RedflagCommandTest.run("assess", txt.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err().strip()).isEqualTo(txt + ": 2 bytes are not UTF-8 (the first at byte " + ad.indexOf('\u00e9')
                + "); shown as U+FFFD");
        assertThat(r.out()).contains("RECRUITMENT_FEE");

        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body><article><h1>Caf\u00e9 waiter</h1><p>" + ad
                + "</p></article></body></html>").getBytes(StandardCharsets.ISO_8859_1);
        Path html = Files.write(dir.resolve("bad.html"), page);
        Run h = RedflagCommandTest.run("assess", html.toString());
        assertThat(h.code()).as(h.err()).isZero();
        assertThat(h.err().strip()).startsWith(html + ": 3 bytes are not UTF-8 (the first at byte ").endsWith("); shown as U+FFFD");
    }
}
