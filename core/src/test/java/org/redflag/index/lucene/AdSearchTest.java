package org.redflag.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskLevel;
import org.redflag.features.Indicator;
import org.redflag.index.AdHit;
import org.redflag.index.AdQuery;
import org.redflag.index.SearchResult;
import org.redflag.index.StoredAd;
import org.redflag.index.Upsert;

/** The schema round trip and every search filter, snippet and facet an investigator relies on. */
class AdSearchTest {

    @TempDir
    Path dir;

    static JobAd.Builder ad(String id) {
        return JobAd.builder().id(id).source("board-a").url("https://board-a.example/jobs/" + id);
    }

    static List<String> ids(SearchResult result) {
        return result.hits().stream().map(h -> h.ad().ad().id()).toList();
    }

    static void scored(LuceneAdIndex index, JobAd ad, double risk, Indicator... indicators) {
        index.upsert(ad);
        index.store(LuceneAdIndexTest.analysis(ad), LuceneAdIndexTest.assessment(ad, risk, indicators));
    }

    @Test
    void everyFieldSurvivesTheRoundTripAndIsIndexedForItsQueries() throws Exception {
        JobAd full = ad("gulf-1").title("Hotel housekeeping staff for Dubai").employer("Al Noor Manpower LLC")
                .location("Dubai, UAE").salary("AED 1,800 per month").description("Housekeepers wanted for a 5-star hotel. "
                        + "Contact us on WhatsApp +971 50 123 4567 or write to alnoor.jobs@gmail.com")
                .requirements("Age 21-35, female").benefits("Free accommodation").posted("2026-01-15").build();
        try (LuceneAdIndex index = LuceneAdIndex.open(dir, Clock.fixed(Instant.parse("2026-02-01T10:00:00Z"), ZoneOffset.UTC))) {
            scored(index, full, 0.8, Indicator.DEMOGRAPHIC_TARGETING, Indicator.OFF_PLATFORM_CONTACT);
            StoredAd back = index.get("gulf-1").orElseThrow();
            assertThat(back.ad()).isEqualTo(full);
            assertThat(back.assessment()).isEqualTo(LuceneAdIndexTest.assessment(full, 0.8, Indicator.DEMOGRAPHIC_TARGETING,
                    Indicator.OFF_PLATFORM_CONTACT));
            assertThat(back.analysis()).isEqualTo(LuceneAdIndexTest.analysis(full));
            index.commit();
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher s = new IndexSearcher(reader);
            assertThat(s.count(new TermQuery(new Term(AdDocuments.URL, "https://board-a.example/jobs/gulf-1")))).isOne();
            assertThat(s.count(new TermQuery(new Term(AdDocuments.EMPLOYER, "al noor manpower llc")))).isOne();
            assertThat(s.count(new TermQuery(new Term(AdDocuments.LOCATION, "dubai, uae")))).isOne();
            assertThat(s.count(new TermQuery(new Term(AdDocuments.CONTACT, "+971501234567")))).isOne();
            assertThat(s.count(new TermQuery(new Term(AdDocuments.CONTACT, "alnoor.jobs@gmail.com")))).isOne();
            // AED 1,800 a month is about 490 US dollars
            assertThat(s.count(DoublePoint.newRangeQuery(AdDocuments.SALARY_USD, 400, 600))).isOne();
            assertThat(s.count(LongPoint.newExactQuery(AdDocuments.POSTED, LocalDate.parse("2026-01-15").toEpochDay()))).isOne();
            assertThat(s.count(LongPoint.newExactQuery(AdDocuments.FETCHED, Instant.parse("2026-02-01T10:00:00Z").toEpochMilli()))).isOne();
        }
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            assertThat(ids(index.search(AdQuery.of("employer_text:noor AND location_text:dubai")))).containsExactly("gulf-1");
            assertThat(ids(index.search(AdQuery.of("body_exact:\"free accommodation\"")))).containsExactly("gulf-1");
            assertThat(ids(index.search(AdQuery.of("housekeeper")))).as("English stemming").containsExactly("gulf-1");
            assertThat(ids(index.search(AdQuery.of("body_exact:housekeeper")))).as("the exact copy is not stemmed").isEmpty();
        }
    }

    @Test
    void theNetworkFilterFollowsSharedContactsFromAnyContactTheUserTypes() {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(ad("a").employer("Star Manpower").description("Call +971 50 123 4567 for farm work in Dubai").build());
            index.upsert(ad("b").employer("Blue Sky Agency").description("WhatsApp +971501234567 or mail skyjobs@gmail.com").build());
            index.upsert(ad("c").employer("Golden Hands").description("Send your CV to SkyJobs@gmail.com today").build());
            index.upsert(ad("d").employer("Harbour Hotel").description("Apply to careers@harbourhotel.example, phone +44 20 7946 0958").build());
            assertThat(ids(index.search(AdQuery.builder().network("+971 (50) 123-4567").build())))
                    .containsExactlyInAnyOrder("a", "b", "c");
            assertThat(ids(index.search(AdQuery.builder().network("whatsapp:+971501234567").text("farm").build())))
                    .containsExactly("a");
            assertThat(ids(index.search(AdQuery.builder().network("careers@harbourhotel.example").build()))).containsExactly("d");
            assertThat(ids(index.search(AdQuery.builder().network("nobody@nowhere.example").build()))).isEmpty();
            index.upsert(ad("m1").description("Send your CV to #EMAIL_0b13a2cf# or see #URL_77aa01#").build());
            index.upsert(ad("m2").description("Call #PHONE_5c5c# or write to #EMAIL_0b13a2cf#").build());
            index.upsert(ad("m3").description("Apply at #URL_77aa01#, a masked web address links nothing").build());
            assertThat(ids(index.search(AdQuery.builder().network("#email_0B13A2CF#").build())))
                    .as("masked data-set contacts, typed in any case").containsExactlyInAnyOrder("m1", "m2");
        }
    }

    @Test
    void sinceFiltersOnThePostingDayOrOnTheDayRedflagFetchedTheAd() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T08:00:00Z"));
        Clock clock = new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(java.time.ZoneId zone) { return this; }
            @Override public Instant instant() { return now.get(); }
        };
        try (LuceneAdIndex index = LuceneAdIndex.open(dir, clock)) {
            index.upsert(ad("old").description("cleaners wanted").posted("2025-11-30").build());
            index.upsert(ad("new").description("cleaners wanted now").posted("2026-01-10T09:00:00Z").build());
            index.upsert(ad("undated").description("cleaners wanted soon").build());
            assertThat(ids(index.search(AdQuery.builder().since(LocalDate.parse("2026-01-01"), AdQuery.DateField.POSTED).build())))
                    .containsExactly("new");
            now.set(Instant.parse("2026-01-20T08:00:00Z"));
            index.upsert(ad("late").description("drivers wanted").build());
            assertThat(index.upsert(ad("old").description("cleaners wanted").posted("2025-11-30").build())).isEqualTo(Upsert.UNCHANGED);
            assertThat(ids(index.search(AdQuery.builder().since(LocalDate.parse("2026-01-15"), AdQuery.DateField.FETCHED).build())))
                    .as("an unchanged ad keeps the day it was first fetched").containsExactly("late");
            index.upsert(ad("old").description("cleaners wanted urgently").posted("2025-11-30").build());
            assertThat(ids(index.search(AdQuery.builder().since(LocalDate.parse("2026-01-15"), AdQuery.DateField.FETCHED).build())))
                    .containsExactlyInAnyOrder("late", "old");
        }
    }

    @Test
    void snippetsMarkTheMatchedWordsInTheBody() {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            scored(index, ad("fee").title("Farm workers for Poland").description("Seasonal fruit picking near Lodz. Workers pay a "
                    + "processing fee of 500 USD before departure. Accommodation is provided.").build(), 0.9, Indicator.RECRUITMENT_FEE);
            AdHit hit = index.search(AdQuery.of("fees")).hits().get(0);
            assertThat(hit.snippet()).contains("«fee»").doesNotContain("Accommodation");
            AdHit all = index.search(AdQuery.of("")).hits().get(0);
            assertThat(all.snippet()).as("without a text query, the body's opening").startsWith("Seasonal fruit picking").doesNotContain("«");
        }
    }

    @Test
    void facetsCountIndicatorsAndLevelsOverEveryMatchNotOnlyTheHitsReturned() {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            scored(index, ad("a").description("pay the visa fee, passport kept by agent").build(), 0.9, Indicator.RECRUITMENT_FEE,
                    Indicator.DOCUMENT_RETENTION);
            scored(index, ad("b").description("visa fee paid by the worker").build(), 0.75, Indicator.RECRUITMENT_FEE);
            scored(index, ad("c").description("visa arranged, no fee charged").build(), 0.2, Indicator.NO_FEE_PLEDGE);
            scored(index, ad("d").description("office assistant, no visa needed").build(), 0.1);
            SearchResult r = index.search(AdQuery.builder().text("visa").limit(1).build());
            assertThat(r.hits()).hasSize(1);
            assertThat(r.total()).isEqualTo(4);
            assertThat(r.indicators()).containsExactly(Map.entry("RECRUITMENT_FEE", 2L), Map.entry("DOCUMENT_RETENTION", 1L),
                    Map.entry("NO_FEE_PLEDGE", 1L));
            assertThat(r.levels()).as("most frequent first, ties by name").containsExactly(Map.entry("HIGH", 2L), Map.entry("LOW", 2L));
            SearchResult high = index.search(AdQuery.builder().text("visa").level(RiskLevel.HIGH).build());
            assertThat(ids(high)).containsExactly("a", "b");
            assertThat(high.indicators()).containsEntry("RECRUITMENT_FEE", 2L).doesNotContainKey("NO_FEE_PLEDGE");
            assertThat(ids(index.search(AdQuery.builder().site("board-a").minRisk(0.5).build()))).containsExactly("a", "b");
            assertThat(ids(index.search(AdQuery.builder().site("board-b").build()))).isEmpty();
        }
    }

    @Test
    void writesWithoutReadsInBetweenAreAllVisibleToTheNextRead() {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            for (int i = 0; i < 50; i++) {
                assertThat(index.upsert(ad("ad-" + i).description("job number " + i).build())).isEqualTo(Upsert.NEW);
            }
            for (int i = 0; i < 50; i += 2) {
                assertThat(index.upsert(ad("ad-" + i).description("job number " + i).build())).isEqualTo(Upsert.UNCHANGED);
                assertThat(index.upsert(ad("ad-" + (i + 1)).description("job number " + i + " changed").build())).isEqualTo(Upsert.CHANGED);
            }
            assertThat(index.size()).isEqualTo(50);
            assertThat(index.pendingIds()).hasSize(50);
            assertThat(index.get("ad-1").orElseThrow().ad().description()).isEqualTo("job number 0 changed");
        }
    }
}
