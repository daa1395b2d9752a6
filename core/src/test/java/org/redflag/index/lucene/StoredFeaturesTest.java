package org.redflag.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.redflag.index.lucene.LuceneAdIndexTest.ad;
import static org.redflag.index.lucene.LuceneAdIndexTest.analysis;
import static org.redflag.index.lucene.LuceneAdIndexTest.assessment;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.features.FeatureFingerprint;
import org.redflag.features.FeatureSnapshot;
import org.redflag.features.FeatureVector;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.AdQuery;
import org.redflag.index.StoredAd;
import org.redflag.nlp.Span;

/** The features stored with an ad, and the write-back of a new assessment that keeps them. */
class StoredFeaturesTest {

    static FeatureSnapshot features(JobAd ad) {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put("indicator.RECRUITMENT_FEE", 1.0);
        values.put("log_tokens", Math.log1p(9));
        values.put("contacts.PHONE", 0.0);
        List<IndicatorMatch> matches = List.of(new IndicatorMatch(Indicator.RECRUITMENT_FEE,
                List.of(new Span(JobAd.Field.DESCRIPTION, 0, 7, ad.description().substring(0, 7)))));
        return new FeatureSnapshot(new FeatureVector("pay the fee", values, matches), FeatureFingerprint.ofDefaultRules());
    }

    @Test
    void theFeaturesAndTheirFingerprintSurviveAReopen(@TempDir Path dir) {
        JobAd a = ad("a", "pay the fee and hand over your passport");
        FeatureSnapshot written = features(a);
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(a);
            index.store(analysis(a), written, assessment(a, 0.9, Indicator.RECRUITMENT_FEE));
            assertThat(index.storedFeatures("a")).contains(written);
        }
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            FeatureSnapshot read = index.storedFeatures("a").orElseThrow();
            assertThat(read).isEqualTo(written);
            assertThat(read.vector().values().keySet()).as("in the extractor's order")
                    .containsExactlyElementsOf(written.vector().values().keySet());
            assertThat(index.storedFeatures("missing")).isEmpty();
        }
    }

    @Test
    void anAdStoredWithoutFeaturesOrWhoseContentChangedHasNone(@TempDir Path dir) {
        JobAd a = ad("a", "pay the fee and hand over your passport");
        JobAd b = ad("b", "hotel cleaners wanted in the city");
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(a);
            index.store(analysis(a), features(a), assessment(a, 0.9, Indicator.RECRUITMENT_FEE));
            index.upsert(b);
            index.store(analysis(b), assessment(b, 0.1));
            assertThat(index.storedFeatures("b")).isEmpty();
            index.upsert(ad("a", "pay the fee and hand over your passport today"));
            assertThat(index.storedFeatures("a")).as("new content waits for new features").isEmpty();
        }
    }

    @Test
    void storingANewAssessmentKeepsTheAdItsAnalysisAndItsFeatures(@TempDir Path dir) {
        JobAd a = ad("a", "pay the fee and hand over your passport, call +971 50 123 4567");
        FeatureSnapshot features = features(a);
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(a);
            index.store(analysis(a), features, assessment(a, 0.2));
            index.commit();
            StoredAd before = index.get("a").orElseThrow();
            RiskAssessment rescored = new RiskAssessment("a", 0.95, RiskLevel.HIGH, features.vector().indicators(), "m2");

            index.storeAssessment("a", rescored);
            index.commit();

            StoredAd after = index.get("a").orElseThrow();
            assertThat(after.assessment()).isEqualTo(rescored);
            assertThat(after.ad()).isEqualTo(before.ad());
            assertThat(after.contentHash()).isEqualTo(before.contentHash());
            assertThat(after.analysis()).isEqualTo(before.analysis());
            assertThat(index.storedFeatures("a")).contains(features);
            assertThat(index.pendingIds()).isEmpty();
            var found = index.search(AdQuery.builder().text("passport").level(RiskLevel.HIGH).indicator(Indicator.RECRUITMENT_FEE).build());
            assertThat(found.hits()).extracting(h -> h.ad().ad().id()).containsExactly("a");
            var byContact = index.search(AdQuery.builder().network("+971 50 123 4567").build());
            assertThat(byContact.hits()).as("the contacts derived from the content are kept")
                    .extracting(h -> h.ad().ad().id()).containsExactly("a");
        }
    }

    @Test
    void anAssessmentForAnAdWithoutAnalysisIsRefused(@TempDir Path dir) {
        JobAd a = ad("a", "hotel cleaners wanted");
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(a);
            RiskAssessment some = assessment(a, 0.5);
            assertThatThrownBy(() -> index.storeAssessment("a", some)).isInstanceOf(RedflagException.class)
                    .hasMessageContaining("no stored analysis");
            assertThatThrownBy(() -> index.storeAssessment("missing", some)).isInstanceOf(RedflagException.class)
                    .hasMessageContaining("not in index");
        }
    }
}
