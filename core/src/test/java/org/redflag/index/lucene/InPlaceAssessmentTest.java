package org.redflag.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redflag.index.lucene.LuceneAdIndexTest.ad;
import static org.redflag.index.lucene.LuceneAdIndexTest.analysis;
import static org.redflag.index.lucene.StoredFeaturesTest.features;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.features.FeatureSnapshot;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.AdQuery;
import org.redflag.index.SearchResult;
import org.redflag.nlp.Span;

/**
 * A re-scoring's assessment with the stored indicators changes the risk, level and model id in place, and
 * searches, filters, facets and reads see the new values; one with other indicators rewrites the ad.
 */
class InPlaceAssessmentTest {

    static final List<String> IDS = List.of("a", "b", "c");

    /** Stores three analysed ads, LOW under model m1, with their features, and commits. */
    static void storeLow(LuceneAdIndex index) {
        for (String id : IDS) {
            JobAd ad = ad(id, "pay the fee of ad " + id + " and hand over your passport");
            FeatureSnapshot f = features(ad);
            index.upsert(ad);
            index.store(analysis(ad), f, new RiskAssessment(id, 0.2, RiskLevel.LOW, f.vector().indicators(), "m1"));
        }
        index.commit();
    }

    static RiskAssessment rescored(LuceneAdIndex index, String id, double risk, RiskLevel level) {
        return new RiskAssessment(id, risk, level, index.storedFeatures(id).orElseThrow().vector().indicators(), "m2");
    }

    static List<String> ids(SearchResult r) {
        return r.hits().stream().map(h -> h.ad().ad().id()).toList();
    }

    @Test
    void searchByLevelAndRiskFindsTheNewValuesRightAfterTheUpdate(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            storeLow(index);
            assertThat(ids(index.search(AdQuery.builder().level(RiskLevel.HIGH).build()))).isEmpty();

            index.storeAssessment("b", rescored(index, "b", 0.95, RiskLevel.HIGH));
            index.storeAssessment("c", rescored(index, "c", 0.9, RiskLevel.HIGH));

            assertThat(ids(index.search(AdQuery.builder().level(RiskLevel.HIGH).build()))).as("riskiest first").containsExactly("b", "c");
            assertThat(ids(index.search(AdQuery.builder().level(RiskLevel.LOW).build()))).containsExactly("a");
            assertThat(ids(index.search(AdQuery.builder().minRisk(0.92).build()))).containsExactly("b");
            SearchResult passport = index.search(AdQuery.builder().text("passport").indicator(Indicator.RECRUITMENT_FEE).build());
            assertThat(passport.levels()).containsExactly(Map.entry("HIGH", 2L), Map.entry("LOW", 1L));
            assertThat(passport.indicators()).as("the indicators stay those of the features").containsExactly(Map.entry("RECRUITMENT_FEE", 3L));
            RiskAssessment b = index.get("b").orElseThrow().assessment();
            assertThat(b).isEqualTo(rescored(index, "b", 0.95, RiskLevel.HIGH));
            assertThat(index.get("a").orElseThrow().assessment().model()).isEqualTo("m1");
        }
    }

    @Test
    void theAdIsNotWrittenAgainAndTheUpdateSurvivesAReopen(@TempDir Path dir) throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            storeLow(index);
            for (String id : IDS) {
                index.storeAssessment(id, rescored(index, id, 0.8, RiskLevel.HIGH));
            }
            index.commit();
            try (DirectoryReader committed = DirectoryReader.open(FSDirectory.open(dir))) {
                assertThat(committed.maxDoc()).as("no document added").isEqualTo(IDS.size());
                assertThat(committed.numDeletedDocs()).as("none replaced").isZero();
            }
        }
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            for (String id : IDS) {
                assertThat(index.get(id).orElseThrow().assessment()).isEqualTo(rescored(index, id, 0.8, RiskLevel.HIGH));
            }
            assertThat(ids(index.search(AdQuery.builder().level(RiskLevel.HIGH).build()))).containsExactlyElementsOf(IDS);
            assertThat(index.search(AdQuery.builder().level(RiskLevel.LOW).build()).total()).isZero();
        }
    }

    @Test
    void anAssessmentWithOtherIndicatorsRewritesTheAdWithThem(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            storeLow(index);
            JobAd a = index.get("a").orElseThrow().ad();
            List<IndicatorMatch> other = List.of(new IndicatorMatch(Indicator.DOCUMENT_RETENTION,
                    List.of(new Span(JobAd.Field.DESCRIPTION, 0, 3, a.description().substring(0, 3)))));
            RiskAssessment withOther = new RiskAssessment("a", 0.7, RiskLevel.MEDIUM, other, "m2");

            index.storeAssessment("a", withOther);

            assertThat(index.get("a").orElseThrow().assessment()).isEqualTo(withOther);
            assertThat(ids(index.search(AdQuery.builder().indicator(Indicator.DOCUMENT_RETENTION).build()))).containsExactly("a");
            assertThat(ids(index.search(AdQuery.builder().indicator(Indicator.RECRUITMENT_FEE).build()))).containsExactly("b", "c");
            assertThat(ids(index.search(AdQuery.builder().level(RiskLevel.MEDIUM).build()))).containsExactly("a");
            assertThat(index.storedFeatures("a")).as("the features are kept").contains(features(a));
        }
    }

    @Test
    void anInPlaceUpdateOfAnAdWrittenSinceTheLastRefreshIsSeen(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            JobAd ad = ad("fresh", "pay the fee and hand over your passport");
            FeatureSnapshot f = features(ad);
            index.store(analysis(ad), f, new RiskAssessment("fresh", 0.1, RiskLevel.LOW, f.vector().indicators(), "m1"));
            RiskAssessment high = new RiskAssessment("fresh", 0.99, RiskLevel.HIGH, f.vector().indicators(), "m2");

            index.storeAssessment("fresh", high);

            assertThat(index.get("fresh").orElseThrow().assessment()).isEqualTo(high);
            assertThat(ids(index.search(AdQuery.builder().level(RiskLevel.HIGH).build()))).containsExactly("fresh");
        }
    }
}
