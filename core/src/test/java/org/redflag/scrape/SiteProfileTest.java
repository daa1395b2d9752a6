package org.redflag.scrape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;

class SiteProfileTest {

    private static SiteProfile profile(boolean allowPrivateNetwork) {
        return new SiteProfile("demo", List.of(URI.create("http://127.0.0.1:8080/a/jobs")), "a", "", Map.of(), 0, 0, -1,
                allowPrivateNetwork);
    }

    @Test
    void allowsItsPrivateNetworkOnlyToTheHostsOfItsStartUrls() {
        assertThat(profile(true).allowsPrivateNetworkFor(URI.create("http://127.0.0.1:8080/a/job/1"))).isTrue();
        assertThat(profile(true).allowsPrivateNetworkFor(URI.create("http://localhost:8080/a/job/1"))).isFalse();
        assertThat(profile(true).allowsPrivateNetworkFor(URI.create("http://10.0.0.5/"))).isFalse();
        assertThat(profile(false).allowsPrivateNetworkFor(URI.create("http://127.0.0.1:8080/a/job/1"))).isFalse();
    }

    @Test
    void fillsInTheDefaultsItDoesNotSay() {
        SiteProfile p = SiteProfile.parse("{\"name\": \"x\", \"startUrls\": [\"https://board.example/\"]}", "test");
        assertThat(p.delayMillis()).isEqualTo(Defaults.DELAY_MILLIS);
        assertThat(p.maxPages()).isEqualTo(Defaults.MAX_PAGES);
        assertThat(p.allowPrivateNetwork()).isFalse();
    }

    @Test
    void capsADelayLongerThanTheLongestPauseBetweenRequests() {
        SiteProfile p = SiteProfile.parse("{\"name\": \"x\", \"startUrls\": [\"https://board.example/\"], "
                + "\"delayMillis\": 9223372036854775807}", "test");
        assertThat(p.delayMillis()).isEqualTo(Defaults.MAX_CRAWL_DELAY_MILLIS);
        assertThat(profileWithDelay(5_000).delayMillis()).isEqualTo(5_000);
    }

    private static SiteProfile profileWithDelay(long delayMillis) {
        return new SiteProfile("demo", List.of(URI.create("https://board.example/")), "a", "", Map.of(), 0, 0, delayMillis,
                false);
    }

    @Test
    void aMalformedProfileSaysWhichFile() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SiteProfile.parse("{\"name\": ", "sites/board.json"))
                .isInstanceOf(org.redflag.RedflagException.class).hasMessageContaining("sites/board.json is malformed");
    }

    @Test
    void refusesAMisspeltKeyInsteadOfIgnoringIt() {
        assertThatThrownBy(() -> SiteProfile.parse("{\"name\": \"board\", \"startUrls\": [\"https://board.example/\"], "
                + "\"maxPagez\": 3}", "board.json")).isInstanceOf(RedflagException.class)
                .hasMessageStartingWith("site profile board.json is malformed: ").hasMessageContaining("maxPagez")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesAFileThatHoldsNoProfileNamingIt(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");
        Path blank = Files.writeString(dir.resolve("blank.json"), " \n");
        Path nothing = Files.writeString(dir.resolve("null.json"), "null\n");
        Path list = Files.writeString(dir.resolve("list.json"), "[]");
        assertThatThrownBy(() -> SiteProfile.read(empty)).isInstanceOf(RedflagException.class)
                .hasMessage("site profile " + empty + " is empty: it must be a JSON object");
        assertThatThrownBy(() -> SiteProfile.read(blank)).isInstanceOf(RedflagException.class)
                .hasMessage("site profile " + blank + " is empty: it must be a JSON object");
        assertThatThrownBy(() -> SiteProfile.read(nothing)).isInstanceOf(RedflagException.class)
                .hasMessage("site profile " + nothing + " holds null, not a JSON object");
        assertThatThrownBy(() -> SiteProfile.read(list)).isInstanceOf(RedflagException.class)
                .hasMessage("site profile " + list + " holds a JSON array, not a JSON object");
    }

    @Test
    void saysAProfileIsNotUtf8Text(@TempDir Path dir) throws IOException {
        Path latin1 = Files.write(dir.resolve("board.json"),
                "{\"name\": \"Bolsa de empleo de Almería\"}".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> SiteProfile.read(latin1)).isInstanceOf(RedflagException.class)
                .hasMessage("cannot read site profile " + latin1 + ": it is not UTF-8 text");
    }
}
