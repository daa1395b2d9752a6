package org.redflag.scrape.jsoup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.ad.RawPage;

class JsoupAdExtractorTest {

    private final JsoupAdExtractor extractor = new JsoupAdExtractor();

    static RawPage page(String resource, String contentType) throws IOException {
        try (InputStream in = JsoupAdExtractorTest.class.getResourceAsStream("/pages/" + resource)) {
            return new RawPage(URI.create("https://board.example/" + resource), 200, contentType, in.readAllBytes(), Instant.now());
        }
    }

    @Test
    void readsSchemaOrgJobPostingFromJsonLdInAGraph() throws IOException {
        JobAd ad = extractor.extract(page("jsonld.html", "text/html; charset=utf-8"), null).orElseThrow();
        assertThat(ad.title()).isEqualTo("Warehouse operative");
        assertThat(ad.employer()).isEqualTo("Northgate Distribution Ltd");
        assertThat(ad.location()).isEqualTo("Leeds, GB");
        assertThat(ad.salary()).isEqualTo("GBP 12.6 per hour");
        assertThat(ad.description()).contains("Join our night team in Leeds.").contains("- Pick and pack orders")
                .doesNotContain("<p>");
        assertThat(ad.posted()).isEqualTo("2026-10-02");
        assertThat(ad.url()).isEqualTo("https://board.example/jsonld.html");
        assertThat(ad.id()).startsWith("board.example-");
        assertThat(ad.attributes()).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                org.redflag.ad.PostingAttribute.EMPLOYMENT_TYPE, "FULL_TIME, TEMPORARY",
                org.redflag.ad.PostingAttribute.INDUSTRY, "Logistics",
                org.redflag.ad.PostingAttribute.EDUCATION, "high school",
                org.redflag.ad.PostingAttribute.COMPANY_LOGO, "true"));
    }

    @Test
    void theIdOfAnAdStaysWhenTheSiteMovesPort() {
        assertThat(JsoupAdExtractor.adId(java.net.URI.create("http://127.0.0.1:4000/a/job/1.html"), null))
                .isEqualTo(JsoupAdExtractor.adId(java.net.URI.create("http://127.0.0.1:5000/a/job/1.html"), null))
                .isNotEqualTo(JsoupAdExtractor.adId(java.net.URI.create("http://127.0.0.1:5000/a/job/2.html"), null));
    }

    @Test
    void pagesOfDifferentOpaqueUrlsHaveDifferentIds() {
        List<String> ids = Stream.of("mailto:a@b.c", "mailto:x@y.z", "urn:isbn:0451450523", "data:text/html,hello")
                .map(url -> JsoupAdExtractor.adId(URI.create(url), null)).toList();
        assertThat(ids).doesNotHaveDuplicates();
    }

    @Test
    void withoutStructuredDataTakesTheMainTextAndLeavesTheClutter() throws IOException {
        JobAd ad = extractor.extract(page("maintext.html", ""), null).orElseThrow();
        assertThat(ad.title()).isEqualTo("Cleaners wanted for hotels abroad");
        assertThat(ad.description()).contains("processing fee of 300 USD").contains("WhatsApp +971 50 123 4567")
                .doesNotContain("Buy gold").doesNotContain("Copyright").doesNotContain("Home");
    }

    @Test
    void aPageWithoutAnAdGivesNone() throws IOException {
        assertThat(extractor.extract(page("noad.html", "text/html"), null)).isEmpty();
    }

    @Test
    void decodesWithTheCharsetTheHeaderNames() throws IOException {
        JobAd ad = extractor.extract(page("latin1.html", "text/html; charset=ISO-8859-1"), null).orElseThrow();
        assertThat(ad.description()).contains("Münster").contains("café");
    }

    @Test
    void aByteOrderMarkOutranksTheHeadersCharsetAsInBrowsers() {
        byte[] text = ("<html><body><article><h1>Porter</h1><p>Kitchen porter for a hotel in Münster, evening shifts, "
                + "meals included, weekly pay in cash.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[text.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(text, 0, body, 3, text.length);
        RawPage page = new RawPage(URI.create("https://board.example/p"), 200, "text/html; charset=ISO-8859-1", body, Instant.now());
        assertThat(extractor.extract(page, null).orElseThrow().description()).contains("Münster");
    }

    @Test
    void withoutACharsetInTheHeaderTheMetaTagDecides() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><article><h1>Barista</h1><p>Barista for a "
                + "café near the station, early shifts, training given, pay agreed on the day.</p></article></body></html>";
        RawPage page = new RawPage(URI.create("https://board.example/b"), 200, "text/html",
                html.getBytes(java.nio.charset.Charset.forName("windows-1252")), Instant.now());
        assertThat(extractor.extract(page, null).orElseThrow().description()).contains("café");
    }

    @Test
    void aHeaderCharsetOutranksAContradictingMetaTagAsInBrowsersAndTheAdStillComesThrough() {
        String html = "<html><head><meta charset=\"windows-1252\"></head><body><article><h1>Barista</h1><p>Barista for a "
                + "café near the station, early shifts, training given, pay agreed on the day.</p></article></body></html>";
        RawPage page = new RawPage(URI.create("https://board.example/b"), 200, "text/html; charset=utf-8",
                html.getBytes(java.nio.charset.Charset.forName("windows-1252")), Instant.now());
        JobAd ad = extractor.extract(page, null).orElseThrow();
        assertThat(ad.description()).contains("caf\uFFFD near the station").contains("training given");
    }

    @Test
    void anUnknownCharsetInTheHeaderFallsBackToDetection() throws IOException {
        Optional<JobAd> ad = extractor.extract(page("jsonld.html", "text/html; charset=no-such-charset"), null);
        assertThat(ad).isPresent();
    }

    @Test
    void brokenJsonLdFallsBackToTheMainText() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": </script></head>"
                + "<body><article><h1>Driver</h1><p>We need a delivery driver with a clean licence for routes around Nairobi, "
                + "day shifts only, monthly pay KES 45,000 plus fuel allowance.</p></article></body></html>";
        RawPage page = new RawPage(URI.create("https://board.example/d"), 200, "text/html", html.getBytes(StandardCharsets.UTF_8), Instant.now());
        JobAd ad = extractor.extract(page, null).orElseThrow();
        assertThat(ad.title()).isEqualTo("Driver");
        assertThat(ad.description()).contains("delivery driver");
    }

    @Test
    void jsonLdWithoutADescriptionIsNoAd() {
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\": \"JobPosting\", \"title\": \"Cook\"}</script>"
                + "</head><body><p>short</p></body></html>";
        RawPage page = new RawPage(URI.create("https://board.example/c"), 200, "text/html", html.getBytes(StandardCharsets.UTF_8), Instant.now());
        assertThat(extractor.extract(page, null)).isEmpty();
    }

    @Test
    void aPageOfRandomBytesServedAsHtmlIsRefusedAsNotTextInsteadOfReadAsAnAd() {
        byte[] random = new byte[4000];
        new java.util.Random(7).nextBytes(random);
        for (int i = 0; i < random.length; i++) {
            random[i] = random[i] == 0 ? 1 : random[i]; // no NUL byte: what decoding shows must refuse it
        }
        RawPage page = new RawPage(URI.create("https://board.example/ad/1"), 200, "text/html", random, Instant.now());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new JsoupAdExtractor().extract(page, null))
                .isInstanceOf(org.redflag.scrape.FetchException.class)
                .hasMessageStartingWith("refused https://board.example/ad/1: it is not text (")
                .hasMessageContaining("% of its characters are control characters or bytes that are not UTF-8");
    }

    @Test
    void aLatin1PageWhoseMetaSaysUtf8IsReadWithItsBadBytesCounted() {
        byte[] body = ("<html><head><meta charset=\"utf-8\"></head><body><h1>Camarero</h1><p>Se busca camarero para "
                + "la temporada en Almería, alojamiento incluido, contrato de seis meses.</p></body></html>")
                .getBytes(StandardCharsets.ISO_8859_1);
        RawPage page = new RawPage(URI.create("https://board.example/ad/2"), 200, "text/html", body, Instant.now());
        assertThat(new JsoupAdExtractor().extract(page, null)).isPresent();
        assertThat(JsoupAdExtractor.decoded(page).badBytesWarning("ad.html")).hasValue("ad.html: 1 byte is not UTF-8 (it is at "
                + "byte " + new String(body, StandardCharsets.ISO_8859_1).indexOf('í') + "); shown as U+FFFD");
    }

    @Test
    void aUtf8PageInAnotherAlphabetLabelledIso88591IsReadNotRefusedAsNotText() {
        // the common server default: a Cyrillic UTF-8 page sent as ISO-8859-1; its bytes 0x80 to 0x9F are letters in
        // windows-1252, as browsers read the label, not control characters
        byte[] body = ("<html><body><h1>Разнорабочие в Польшу</h1><p>Требуются разнорабочие на стройку в Варшаве, "
                + "жильё предоставляется, оплата каждую неделю, договор на шесть месяцев.</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        RawPage page = new RawPage(URI.create("https://board.example/ad/3"), 200, "text/html; charset=ISO-8859-1", body,
                Instant.now());
        assertThat(new JsoupAdExtractor().extract(page, null)).isPresent();
    }
}
