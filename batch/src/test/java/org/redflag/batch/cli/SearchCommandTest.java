package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.lucene.LuceneAdIndex;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code redflag search} over a small index: text, filters, snippets, facets, clusters and networks. */
class SearchCommandTest {

    @TempDir
    Path data;

    static final String TEMPLATE = "%s recruits farm workers for the fruit harvest in %s. No experience or language needed. "
            + "Workers pay a placement fee of 400 euro, taken from the first wages, and the agency keeps the passport for the visa. "
            + "Accommodation on the farm, transport from the airport. Send your passport copy on WhatsApp %s.";

    static JobAd farm(String id, String site, String employer, String place, String phone, String posted) {
        return JobAd.builder().id(id).source(site).url("https://" + site + ".example/ads/" + id).title("Fruit pickers for " + place)
                .employer(employer).location(place).posted(posted).description(String.format(TEMPLATE, employer, place, phone)).build();
    }

    static JobAd office(String id) {
        return JobAd.builder().id(id).source("board-a").url("https://board-a.example/ads/" + id).title("Office assistant")
                .employer("Harbour Logistics").location("Rotterdam").posted("2025-12-01")
                .description("Harbour Logistics needs an office assistant for invoices and the front desk. Dutch and English "
                        + "required. Apply with your CV at careers@harbourlogistics.example.").build();
    }

    static void store(LuceneAdIndex index, JobAd ad, double risk, Indicator... indicators) {
        index.upsert(ad);
        String text = AnalyzedAd.joinedText(ad);
        AnalyzedAd analysis = new AnalyzedAd(ad, text, AnalyzedAd.sectionsOf(ad), List.of(), List.of(), "test");
        List<IndicatorMatch> matches = new ArrayList<>();
        for (Indicator i : indicators) {
            matches.add(new IndicatorMatch(i, List.of(new Span(JobAd.Field.DESCRIPTION, 0, 5, ad.description().substring(0, 5)))));
        }
        index.store(analysis, new RiskAssessment(ad.id(), risk, risk >= 0.7 ? RiskLevel.HIGH : RiskLevel.LOW, matches, "test-model"));
    }

    @BeforeEach
    void index() {
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            store(index, farm("f1", "board-a", "Green Fields Agency", "Murcia", "+34 612 345 678", "2026-01-05"), 0.92,
                    Indicator.RECRUITMENT_FEE, Indicator.DOCUMENT_RETENTION);
            store(index, farm("f2", "board-b", "Sunrise Staffing", "Huelva", "+34612345678", "2026-01-20"), 0.88,
                    Indicator.RECRUITMENT_FEE, Indicator.DOCUMENT_RETENTION);
            store(index, farm("f3", "board-b", "Orchard Jobs Ltd", "Lleida", "+34 699 111 222", "2025-11-02"), 0.81,
                    Indicator.RECRUITMENT_FEE);
            store(index, office("o1"), 0.05);
            index.commit();
        }
    }

    RedflagCommandTest.Run search(String... args) {
        List<String> all = new ArrayList<>(List.of("search", "--data", data.toString()));
        all.addAll(List.of(args));
        return RedflagCommandTest.run(all.toArray(String[]::new));
    }

    @Test
    void findsAdsByTextWithSnippetsAndFacetCounts() {
        RedflagCommandTest.Run r = search("passport AND fee");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Fruit pickers for Murcia").contains("«fee»").contains("3 of 3 ads")
                .contains("indicators: RECRUITMENT_FEE 3, DOCUMENT_RETENTION 2").contains("levels: HIGH 3")
                .doesNotContain("Office assistant");
    }

    @Test
    void filtersByRiskIndicatorDateNetworkAndSite() throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        assertThat(ids(json.readTree(search("--min-risk", "0.85", "--json").out()))).containsExactly("f1", "f2");
        assertThat(ids(json.readTree(search("--indicator", "document_retention", "--json").out()))).containsExactly("f1", "f2");
        assertThat(ids(json.readTree(search("--since", "2026-01-01", "--json").out()))).containsExactly("f1", "f2");
        assertThat(ids(json.readTree(search("--network", "+34 612 345 678", "--json").out()))).containsExactly("f1", "f2");
        assertThat(ids(json.readTree(search("--site", "board-a", "--json").out()))).containsExactly("f1", "o1");
        JsonNode all = json.readTree(search("--json").out());
        assertThat(all.get("total").asInt()).isEqualTo(4);
        assertThat(all.get("facets").get("level").get("LOW").asInt()).isEqualTo(1);
        assertThat(all.get("hits").get(0).get("risk").asDouble()).isEqualTo(0.92);
    }

    @Test
    void listsClustersAndNetworks() throws Exception {
        RedflagCommandTest.Run clusters = search("--clusters");
        assertThat(clusters.code()).as(clusters.err()).isZero();
        assertThat(clusters.out()).contains("cluster:f1  3 ads, 3 employers, 2 sites").contains("ONE TEXT, SEVERAL EMPLOYERS")
                .contains("1 clusters of near-duplicate ads (1 with several employer names)");
        RedflagCommandTest.Run networks = search("--networks");
        assertThat(networks.out()).contains("network:f1  2 ads, 2 employers, 2 sites  RISK").contains("contacts: +34612345678")
                .contains("1 contact networks (1 span several employers or sites)");
        JsonNode json = JsonMapper.builder().build().readTree(search("--networks", "--json").out());
        assertThat(json.get(0).get("riskSignal").asBoolean()).isTrue();
    }

    @Test
    void searchesWhileAScanHoldsTheIndex() {
        try (LuceneAdIndex scan = LuceneAdIndex.open(data.resolve("index"))) {
            store(scan, office("o2"), 0.02);
            RedflagCommandTest.Run r = search("--min-risk", "0.85");
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out()).contains("2 of 2 ads");
            assertThat(search("--json").out()).as("what the scan has not committed yet is not seen").doesNotContain("\"o2\"");
        }
    }

    @Test
    void badOptionValuesAreBadUsage() {
        for (String[] args : List.of(new String[] {"--since", "2026-13-01"}, new String[] {"--indicator", "NOPE"},
                new String[] {"--min-risk", "7"}, new String[] {"--min-risk", "NaN"}, new String[] {"--level", "SEVERE"},
                new String[] {"--date", "tomorrow", "--since", "2026-01-01"}, new String[] {"--limit", "0"},
                new String[] {"--network", " "}, new String[] {"--clusters", "--limit", "-5"},
                new String[] {"--clusters", "--min-risk", "0.5"}, new String[] {"--networks", "--site", "board"},
                new String[] {"--networks", "passport"})) {
            RedflagCommandTest.Run r = search(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip()).as(String.join(" ", args)).startsWith("redflag search: ").contains("--")
                    .endsWith("(see redflag search --help)").doesNotContain("\n");
        }
    }

    @Test
    void aQueryThatDoesNotParseIsBadUsageBeforeTheIndexIsOpened(@TempDir Path empty) {
        RedflagCommandTest.Run r = RedflagCommandTest.run("search", "--data", empty.toString(), "AND OR (");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("redflag search: cannot parse query").doesNotContain("no index");
    }

    @Test
    void aQueryThatDoesNotParseOrRunIsBadUsageInOneLine() {
        for (String[] args : List.of(new String[] {"title:(unclosed"}, new String[] {"AND OR ("},
                new String[] {"(".repeat(5000) + "fee" + ")".repeat(5000)}, new String[] {"/[a-/"},
                new String[] {"body:\"passport fee\"~-1"}, new String[] {"/[ab]*a[ab]{40}/"})) {
            RedflagCommandTest.Run r = search(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err().strip()).startsWith("redflag search: ").contains("query").doesNotContain("\n")
                    .doesNotContain("internal error").endsWith("(see redflag search --help)").hasSizeLessThan(700);
        }
        assertThat(search("--clusters", "--networks").code()).as("one listing at a time").isEqualTo(2);
    }

    static List<String> ids(JsonNode result) {
        List<String> ids = new ArrayList<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asString()));
        return ids;
    }
}
