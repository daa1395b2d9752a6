package org.redflag.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.AdQuery;
import org.redflag.index.InvalidQueryException;
import org.redflag.index.RefusedAd;
import org.redflag.index.SiteChanges;
import org.redflag.index.Upsert;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.Token;

class LuceneAdIndexTest {

    static JobAd ad(String id, String description) {
        return JobAd.builder().id(id).title("Cleaner " + id).description(description).source("test").build();
    }

    static AnalyzedAd analysis(JobAd ad) {
        String text = AnalyzedAd.joinedText(ad);
        return new AnalyzedAd(ad, text, AnalyzedAd.sectionsOf(ad), List.of(new Token("Cleaner", "cleaner", "NN", "O", 0, 7)),
                List.of(new AnalyzedAd.Sentence(0, 1)), "test");
    }

    static RiskAssessment assessment(JobAd ad, double risk, Indicator... indicators) {
        List<IndicatorMatch> matches = java.util.Arrays.stream(indicators)
                .map(i -> new IndicatorMatch(i, List.of(new Span(JobAd.Field.DESCRIPTION, 0, 3, ad.description().substring(0, 3)))))
                .toList();
        return new RiskAssessment(ad.id(), risk, risk >= 0.7 ? RiskLevel.HIGH : RiskLevel.LOW, matches, "m1");
    }

    @Test
    void upsertTellsNewChangedAndUnchanged(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            assertThat(index.upsert(ad("a", "hotel cleaners wanted"))).isEqualTo(Upsert.NEW);
            assertThat(index.upsert(ad("a", "hotel cleaners wanted"))).isEqualTo(Upsert.UNCHANGED);
            assertThat(index.upsert(ad("a", "hotel cleaners wanted now"))).isEqualTo(Upsert.CHANGED);
            assertThat(index.size()).isEqualTo(1);
            assertThat(index.pendingIds()).containsExactly("a");
        }
    }

    @Test
    void anAnalysedAdLeavesThePendingListAndAnUnchangedRepostKeepsItsAssessment(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            JobAd a = ad("a", "pay the fee and hand over your passport");
            index.upsert(a);
            index.store(analysis(a), assessment(a, 0.9, Indicator.RECRUITMENT_FEE));
            assertThat(index.pendingIds()).isEmpty();
            assertThat(index.upsert(a)).isEqualTo(Upsert.UNCHANGED);
            assertThat(index.get("a").orElseThrow().assessment().risk()).isEqualTo(0.9);
            assertThat(index.get("a").orElseThrow().analysis().tokens()).hasSize(1);
        }
    }

    @Test
    void aRefusedAdWaitsNoMoreUntilItsContentChanges(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            JobAd stub = ad("a", "Position filled");
            index.upsert(stub);
            index.refuse(stub, "too little to judge", "scan 1");
            assertThat(index.pendingIds()).isEmpty();
            assertThat(index.analysedIds()).isEmpty();
            assertThat(index.refusedIds()).containsExactly("a");
            assertThat(index.get("a").orElseThrow().ad()).as("kept as it was").isEqualTo(stub);

            assertThat(index.upsert(stub)).isEqualTo(Upsert.UNCHANGED);
            assertThat(index.refusedIds()).as("the same content is not tried again").containsExactly("a");
            assertThat(index.upsert(ad("a", "Hotel cleaners wanted in Leeds, day shifts"))).isEqualTo(Upsert.CHANGED);
            assertThat(index.refusedIds()).isEmpty();
            assertThat(index.pendingIds()).as("a new content is").containsExactly("a");
        }
    }

    @Test
    void aRefusalIsKeptWithItsReasonAndWhatRefusedIt(@TempDir Path dir) {
        JobAd filled = ad("filled", "Position filled");
        JobAd empty = ad("empty", "");
        try (LuceneAdIndex index = LuceneAdIndex.open(dir, ticking(new AtomicLong()))) {
            for (JobAd ad : List.of(filled, empty, ad("other", "Apply now"))) {
                index.upsert(ad);
            }
            index.refuse(filled, "too little to judge", "scan 2");
            index.refuse(empty, "no text", "scan 2");
            index.refuse(index.get("other").orElseThrow().ad(), "too little to judge", "scan 1");
            index.commit();
            assertThatThrownBy(() -> index.refuse(filled, "no text", "")).isInstanceOf(IllegalArgumentException.class);
        }
        try (LuceneAdIndex reopened = LuceneAdIndex.open(dir)) {
            assertThat(reopened.refusedBy("scan 2")).as("durable, in the order refused")
                    .extracting(r -> r.ad().id(), RefusedAd::reason).containsExactly(
                            tuple("filled", "too little to judge"),
                            tuple("empty", "no text"));
            assertThat(reopened.refusedBy("scan 2").get(0).ad()).isEqualTo(filled);
            assertThat(reopened.refusedBy("scan 3")).isEmpty();
            reopened.upsert(ad("filled", "Hotel cleaners wanted in Leeds, day shifts"));
            assertThat(reopened.refusedBy("scan 2")).as("no longer refused once its content changed")
                    .extracting(r -> r.ad().id()).containsExactly("empty");
        }
    }

    @Test
    void theAdsNewOrChangedSinceATimeAreCountedBySite(@TempDir Path dir) {
        AtomicLong millis = new AtomicLong();
        try (LuceneAdIndex index = LuceneAdIndex.open(dir, ticking(millis))) {
            index.upsert(onSite("kept", "Hotel cleaners wanted in Leeds", "board"));
            index.upsert(onSite("edited", "Line cooks wanted in York", "board"));
            long scanStart = millis.get() + 1;
            index.upsert(onSite("kept", "Hotel cleaners wanted in Leeds", "board"));
            index.upsert(onSite("edited", "Line cooks wanted in York, day shifts", "board"));
            index.upsert(onSite("fresh", "Drivers wanted in Hull", "board"));
            index.upsert(onSite("elsewhere", "Drivers wanted in Hull", "other"));
            assertThat(index.changesSince("board", scanStart)).isEqualTo(new SiteChanges(1, 1));
            assertThat(index.changesSince("board", 0)).as("every ad is new since the start of time").isEqualTo(new SiteChanges(3, 0));
        }
    }

    private static JobAd onSite(String id, String description, String site) {
        return JobAd.builder().id(id).title("Cleaner " + id).description(description).source(site).build();
    }

    /** @return a clock one millisecond later at every reading, from {@code millis} */
    private static Clock ticking(AtomicLong millis) {
        return new Clock() {
            @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
            @Override public Clock withZone(ZoneId zone) { return this; }
            @Override public Instant instant() { return Instant.ofEpochMilli(millis.incrementAndGet()); }
        };
    }

    @Test
    void searchesByTextRiskAndIndicatorRiskiestFirst(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            JobAd fee = ad("fee", "pay the processing fee before departure");
            JobAd fine = ad("fine", "hotel cleaners, fair pay, named employer");
            JobAd fees2 = ad("fees2", "visa fees are paid by the worker");
            index.store(analysis(fee), assessment(fee, 0.95, Indicator.RECRUITMENT_FEE));
            index.store(analysis(fine), assessment(fine, 0.10));
            index.store(analysis(fees2), assessment(fees2, 0.60, Indicator.RECRUITMENT_FEE));
            assertThat(index.search(AdQuery.of("fee")).hits().stream().map(h -> h.ad().ad().id())).containsExactly("fee", "fees2");
            assertThat(index.search(new AdQuery("", 0.7, Optional.empty(), 10)).hits().stream().map(h -> h.ad().ad().id()))
                    .containsExactly("fee");
            assertThat(index.search(new AdQuery("", 0, Optional.of(Indicator.RECRUITMENT_FEE), 10)).hits())
                    .extracting(h -> h.ad().ad().id()).containsExactly("fee", "fees2");
        }
    }

    @Test
    void assessedAdsComeRiskiestFirstEqualRisksByIdWithoutPendingOnes(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            JobAd low = ad("low", "hotel cleaners, fair pay, named employer");
            JobAd tiedB = ad("tied-b", "pay the processing fee before departure");
            JobAd tiedA = ad("tied-a", "pay the visa fee before departure");
            JobAd top = ad("top", "hand over your passport and pay the fee");
            // equal as floats (the index's sort key), apart as the doubles the report prints
            JobAd nearlyTop = ad("a-nearly-top", "pay the fee and your passport stays with us");
            index.upsert(ad("pending", "waits for its analysis"));
            index.store(analysis(low), assessment(low, 0.10));
            index.store(analysis(tiedB), assessment(tiedB, 0.60, Indicator.RECRUITMENT_FEE));
            index.store(analysis(tiedA), assessment(tiedA, 0.60, Indicator.RECRUITMENT_FEE));
            index.store(analysis(top), assessment(top, 0.9000000001, Indicator.DOCUMENT_RETENTION));
            index.store(analysis(nearlyTop), assessment(nearlyTop, 0.9, Indicator.DOCUMENT_RETENTION));
            List<org.redflag.index.AssessedAd> seen = new java.util.ArrayList<>();
            index.forEachAssessed(seen::add);
            assertThat(seen).extracting(a -> a.ad().id()).containsExactly("top", "a-nearly-top", "tied-a", "tied-b", "low");
            assertThat(seen.get(0).assessment().indicators()).extracting(IndicatorMatch::indicator)
                    .containsExactly(Indicator.DOCUMENT_RETENTION);
            assertThat(seen.get(2).ad().description()).isEqualTo("pay the visa fee before departure");
        }
    }

    @Test
    void aBadQuerySaysWhy(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            assertThatThrownBy(() -> index.search(AdQuery.of("title:(unclosed"))).isInstanceOf(InvalidQueryException.class)
                    .hasMessageContaining("cannot parse query");
        }
    }

    @Test
    void aSecondWriterOnTheSameIndexGetsAClearError(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            assertThatThrownBy(() -> LuceneAdIndex.open(dir)).isInstanceOf(RedflagException.class)
                    .hasMessageContaining("in use by another Redflag process");
        }
    }

    @Test
    void committedAdsSurviveReopening(@TempDir Path dir) {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(ad("a", "one"));
            index.commit();
        }
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            assertThat(index.get("a")).isPresent();
        }
    }

    @Test
    void aTallyIsDurableWithTheWritesItCountsAndOnlyTheLastTallyIsKept(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        Path killed = dir.resolve("killed");
        try (LuceneAdIndex open = LuceneAdIndex.open(index)) {
            for (String id : List.of("a", "b")) {
                JobAd ad = ad(id, "pay the fee");
                open.upsert(ad);
                open.store(analysis(ad), assessment(ad, 0.9, Indicator.RECRUITMENT_FEE));
            }
            open.commit("scan 1", 2);
            JobAd c = ad("c", "pay the fee");
            open.upsert(c);
            open.store(analysis(c), assessment(c, 0.9, Indicator.RECRUITMENT_FEE));
            // the folder as a process killed now leaves it: c is written but not committed, nor counted
            copyFolder(index, killed);
            open.commit("scan 1", 1);
            open.commit();
            assertThat(open.tally("scan 1")).as("a commit that counts nothing keeps the tally").isEqualTo(3);
        }
        try (LuceneAdIndex open = LuceneAdIndex.open(killed)) {
            assertThat(open.analysedIds()).containsExactly("a", "b");
            assertThat(open.tally("scan 1")).isEqualTo(2);
        }
        try (LuceneAdIndex open = LuceneAdIndex.open(index)) {
            assertThat(open.tally("scan 1")).isEqualTo(3);
            open.commit("scan 2", 4);
            assertThat(open.tally("scan 2")).isEqualTo(4);
            assertThat(open.tally("scan 1")).as("another tally starts again from zero, and the last one is kept").isZero();
            // a tally without a name would not be kept in the commit, and a negative count is no count
            assertThatThrownBy(() -> open.commit("", 1)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> open.commit("scan 2", -1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(open.tally("scan 2")).isEqualTo(4);
        }
    }

    static void copyFolder(Path from, Path to) throws java.io.IOException {
        java.nio.file.Files.createDirectories(to);
        try (var files = java.nio.file.Files.list(from)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                java.nio.file.Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void anIndexThatLostItsCommitIsRefusedAndItsFilesKept(@TempDir Path dir) throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(ad("a", "one"));
            index.commit();
        }
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
                java.nio.file.Files.delete(f);
            }
        }
        List<String> left;
        try (var files = java.nio.file.Files.list(dir)) {
            left = files.map(f -> f.getFileName().toString()).sorted().toList();
        }
        assertThatThrownBy(() -> LuceneAdIndex.open(dir)).isInstanceOf(RedflagException.class)
                .hasMessageContaining("is damaged: it holds index files but no commit point");
        assertThatThrownBy(() -> CommittedAds.open(dir)).isInstanceOf(RedflagException.class)
                .hasMessageContaining("is damaged");
        try (var files = java.nio.file.Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList()).as("no file deleted").isEqualTo(left);
        }
    }

    @Test
    void anIndexWhoseFileWasDamagedOnDiskIsRefusedInsteadOfReadAsGarbage(@TempDir Path dir) throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            for (int i = 0; i < 50; i++) {
                index.upsert(ad("ad-" + i, "Cleaners wanted in Doha, passports kept by the company, ad number " + i));
            }
            index.commit();
        }
        Path largest;
        try (var files = java.nio.file.Files.list(dir)) {
            largest = files.filter(f -> f.getFileName().toString().startsWith("_"))
                    .max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
        byte[] bytes = java.nio.file.Files.readAllBytes(largest);
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] ^= 0x5A;
        }
        java.nio.file.Files.write(largest, bytes);

        assertThatThrownBy(() -> LuceneAdIndex.open(dir)).isInstanceOf(RedflagException.class)
                .hasMessageContaining("index " + dir + " is damaged: " + largest.getFileName() + " fails its checksum");
        assertThatThrownBy(() -> CommittedAds.open(dir)).isInstanceOf(RedflagException.class)
                .hasMessageContaining("is damaged: " + largest.getFileName() + " fails its checksum");
        assertThat(java.nio.file.Files.readAllBytes(largest)).as("the damaged file is left as it was").isEqualTo(bytes);
    }

    @Test
    void aFolderThatNeverCommittedOpensAsANewIndex(@TempDir Path dir) throws Exception {
        // a first scan killed before its first commit leaves flushed segment files and no commit point
        java.nio.file.Files.writeString(dir.resolve("_0.cfs"), "flushed, never committed");
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(ad("a", "one"));
            index.commit();
            assertThat(index.get("a")).isPresent();
        }
    }

    @Test
    void everyThreadReadsWhatItHasJustWrittenWhileOthersWrite(@TempDir Path dir) throws Exception {
        int threads = 4;
        int adsEach = 150;
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            List<java.util.concurrent.Future<Integer>> found = new java.util.ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                found.add(pool.submit(() -> {
                    int read = 0;
                    for (int i = 0; i < adsEach; i++) {
                        JobAd a = ad(thread + "-" + i, "ad " + i + " of writer " + thread);
                        index.store(analysis(a), assessment(a, 0.5));
                        read += index.get(a.id()).isPresent() ? 1 : 0;
                    }
                    return read;
                }));
            }
            pool.shutdown();
            for (java.util.concurrent.Future<Integer> f : found) {
                assertThat(f.get()).isEqualTo(adsEach);
            }
            assertThat(index.size()).isEqualTo(threads * adsEach);
        }
    }
}
