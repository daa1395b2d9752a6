package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An operator whose machine runs in Turkish gets the assessment anyone else gets. CoreNLP lowercases words with the
 * JVM's default locale, where "I" becomes a dotless "ı": before the command line ran under the root locale, this ad in
 * capitals was scored 0.989 there and 0.983 elsewhere, its lack of requirements found by another detector. Real child
 * processes, as the default locale is the JVM's.
 */
class DefaultLocaleTest {

    static final String AD_IN_CAPITALS = """
            URGENT HIRING!!! FACTORY WORKERS NEEDED IN TAIWAN
            NO EXPERIENCE NEEDED. FREE VISA AND TICKET.
            PROCESSING FEE 15,000 PHP, PAID BEFORE DEPARTURE.
            PASSPORT WILL BE KEPT BY THE AGENCY DURING THE CONTRACT.
            SEND YOUR ID AND PASSPORT COPY ON WHATSAPP +63 917 555 0142
            """;

    @TempDir
    Path tmp;

    @Test
    void anAdInCapitalsIsAssessedUnderATurkishLocaleAsUnderAnEnglishOne() throws Exception {
        Path ad = tmp.resolve("ad.txt");
        Files.writeString(ad, AD_IN_CAPITALS, StandardCharsets.UTF_8);
        String english = assess(ad, "en", "US");
        assertThat(english).contains("\"risk\":").contains("NO_REQUIREMENTS");
        assertThat(assess(ad, "tr", "TR")).isEqualTo(english);
    }

    private String assess(Path ad, String language, String country) throws Exception {
        Path out = tmp.resolve(language + ".json");
        List<String> cmd = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Duser.language=" + language, "-Duser.country=" + country, "-cp", System.getProperty("java.class.path"),
                RedflagCommand.class.getName(), "assess", "--json", ad.toString());
        Process child = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(tmp.resolve(language + ".err").toFile())
                .start();
        try {
            assertThat(child.waitFor(180, TimeUnit.SECONDS)).as("the child ended").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve(language + ".err"))).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
