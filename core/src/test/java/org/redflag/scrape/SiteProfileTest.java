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
        SiteProfile p = SiteProfile.parse("{\"name\": \"x\", \"startUrls\": [\"https://board.example/\"], \"adLinks\": \"a\"}",
                "test");
        assertThat(p.delayMillis()).isEqualTo(Defaults.DELAY_MILLIS);
        assertThat(p.maxPages()).isEqualTo(Defaults.MAX_PAGES);
        assertThat(p.allowPrivateNetwork()).isFalse();
    }

    @Test
    void capsADelayLongerThanTheLongestPauseBetweenRequests() {
        SiteProfile p = SiteProfile.parse("{\"name\": \"x\", \"startUrls\": [\"https://board.example/\"], "
                + "\"adLinks\": \"a\", \"delayMillis\": 9223372036854775807}", "test");
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
                .isInstanceOf(org.redflag.RedflagException.class).hasMessage("site profile sites/board.json: not valid JSON "
                        + "(line 1, column 10): Unexpected end-of-input within/between Object entries");
    }

    @Test
    void refusesAMisspeltKeyInsteadOfIgnoringIt() {
        assertThatThrownBy(() -> SiteProfile.parse("{\"name\": \"board\", \"startUrls\": [\"https://board.example/\"], "
                + "\"maxPagez\": 3}", "board.json")).isInstanceOf(RedflagException.class)
                .hasMessage("site profile board.json: unknown key \"maxPagez\" (known: name, startUrls, adLinks, nextPage, "
                        + "fields, maxPages, maxAds, delayMillis, allowPrivateNetwork)");
    }

    private static final String BOARD = "\"name\": \"board\", \"startUrls\": [\"https://board.example/\"], \"adLinks\": \"a\"";

    private static String refusal(String json) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> SiteProfile.parse(json, "board.json"));
        assertThat(t).isInstanceOf(RedflagException.class);
        return t.getMessage();
    }

    @Test
    void refusesAMisspeltFieldInsteadOfLeavingEveryAdWithoutIt() {
        assertThat(refusal("{" + BOARD + ", \"fields\": {\"titel\": \"h1\", \"description\": \".body\"}}"))
                .isEqualTo("site profile board.json: unknown key \"titel\" in fields (known: title, employer, location, "
                        + "salary, description, requirements, benefits, contact, posted)");
    }

    @Test
    void refusesALimitOutOfItsRangeNamingTheKeyAndTheRange() {
        assertThat(refusal("{" + BOARD + ", \"maxPages\": 0}"))
                .isEqualTo("site profile board.json: maxPages is 0, not a whole number from 1 to 2147483647");
        assertThat(refusal("{" + BOARD + ", \"maxPages\": -1}"))
                .isEqualTo("site profile board.json: maxPages is -1, not a whole number from 1 to 2147483647");
        assertThat(refusal("{" + BOARD + ", \"maxAds\": 0}"))
                .isEqualTo("site profile board.json: maxAds is 0, not a whole number from 1 to 2147483647");
        assertThat(refusal("{" + BOARD + ", \"maxAds\": 2.5}"))
                .isEqualTo("site profile board.json: maxAds is 2.5, not a whole number from 1 to 2147483647");
        assertThat(refusal("{" + BOARD + ", \"delayMillis\": -1000}"))
                .isEqualTo("site profile board.json: delayMillis is -1000, not a whole number of 0 or more");
        assertThat(SiteProfile.parse("{" + BOARD + ", \"delayMillis\": 0, \"maxPages\": 1, \"maxAds\": 1}", "board.json"))
                .extracting(SiteProfile::delayMillis, SiteProfile::maxPages, SiteProfile::maxAds).containsExactly(0L, 1, 1);
    }

    @Test
    void tellsAValueOfTheWrongKindInWordsWithTheKeysPath() {
        assertThat(refusal("{\"name\": \"board\", \"startUrls\": \"https://board.example/\"}"))
                .isEqualTo("site profile board.json: startUrls is \"https://board.example/\", not a list of URLs");
        assertThat(refusal("{\"name\": \"board\", \"startUrls\": [\"https://board.example/\", 3]}"))
                .isEqualTo("site profile board.json: startUrls[1] is 3, not a URL");
        assertThat(refusal("{\"name\": \"board\", \"startUrls\": [\"https://board .example/\"]}"))
                .isEqualTo("site profile board.json: startUrls[0] is \"https://board .example/\", not a URL: Illegal character "
                        + "in authority");
        assertThat(refusal("{\"name\": 7, \"startUrls\": [\"https://board.example/\"]}"))
                .isEqualTo("site profile board.json: name is 7, not text");
        assertThat(refusal("{" + BOARD + ", \"fields\": null}"))
                .isEqualTo("site profile board.json: fields is null, not an object of CSS selectors by field name (title, "
                        + "employer, location, salary, description, requirements, benefits, contact, posted) (leave a key "
                        + "out for its default)");
        assertThat(refusal("{" + BOARD + ", \"fields\": {\"title\": [\"h1\"]}}"))
                .isEqualTo("site profile board.json: fields.title is [\"h1\"], not a CSS selector (text)");
        assertThat(refusal("{" + BOARD + ", \"allowPrivateNetwork\": \"yes\"}"))
                .isEqualTo("site profile board.json: allowPrivateNetwork is \"yes\", not true or false");
        assertThat(refusal("{\"name\": \"board\"}"))
                .isEqualTo("site profile board.json: no startUrls: give a list of URLs of the site's listing pages");
        assertThat(refusal("{\"name\": \"board\", \"startUrls\": [\"https://board.example/\"]}"))
                .isEqualTo("site profile board.json: no adLinks: give the CSS selector of the links to ad pages on a listing page");
        assertThat(refusal("{\"name\": \"board\", \"startUrls\": [\"https://board.example/\"], \"adLinks\": \" \"}"))
                .isEqualTo("site profile board.json: adLinks is empty: give the CSS selector of the links to ad pages on a listing "
                        + "page");
    }

    @Test
    void tellsASelectorThatDoesNotParseByItsFileAndPath() {
        assertThat(refusal("{" + BOARD + ", \"fields\": {\"title\": \"h1[\"}}"))
                .startsWith("site profile board.json: fields.title \"h1[\" is not a CSS selector: ")
                .doesNotContain("Cannot construct", "org.redflag", "\n");
    }

    @Test
    void refusesAFileOfTwoProfilesOrOfJsonNestedTooDeep() {
        assertThat(refusal("{" + BOARD + "}\n{" + BOARD + "}"))
                .isEqualTo("site profile board.json: more than one JSON value (give one site per profile)");
        assertThat(refusal("{" + BOARD + ", \"fields\": " + "[".repeat(600) + "]".repeat(600) + "}"))
                .isEqualTo("site profile board.json: JSON nested deeper than 500 levels");
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
