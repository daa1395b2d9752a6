package org.redflag.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.index.AdQuery;

/** Searching while a scan holds the index's writer: the reader sees the last commit and takes no lock. */
class CommittedAdsTest {

    @TempDir
    Path dir;

    @Test
    void searchesTheLastCommitWhileAWriterHoldsTheIndex() {
        try (LuceneAdIndex writer = LuceneAdIndex.open(dir)) {
            JobAd fee = LuceneAdIndexTest.ad("fee", "pay the processing fee before departure, WhatsApp +971 50 123 4567");
            writer.upsert(fee);
            writer.store(LuceneAdIndexTest.analysis(fee), LuceneAdIndexTest.assessment(fee, 0.9, Indicator.RECRUITMENT_FEE));
            writer.commit();
            JobAd later = LuceneAdIndexTest.ad("later", "a processing fee is due, WhatsApp +971501234567");
            writer.upsert(later);
            writer.store(LuceneAdIndexTest.analysis(later), LuceneAdIndexTest.assessment(later, 0.8, Indicator.RECRUITMENT_FEE));

            try (CommittedAds committed = CommittedAds.open(dir)) {
                assertThat(AdSearchTest.ids(committed.search(AdQuery.of("processing fee")))).as("only what was committed")
                        .containsExactly("fee");
                assertThat(committed.networks()).as("one committed ad links to nothing yet").isEmpty();
            }
            writer.commit();
            try (CommittedAds committed = CommittedAds.open(dir)) {
                assertThat(AdSearchTest.ids(committed.search(AdQuery.of("processing fee")))).containsExactlyInAnyOrder("fee", "later");
                assertThat(committed.networks()).hasSize(1);
            }
        }
    }

    @Test
    void anIndexWithoutACommitOrWithoutAFolderSaysSo() {
        try (LuceneAdIndex writer = LuceneAdIndex.open(dir)) {
            assertThatThrownBy(() -> CommittedAds.open(dir)).isInstanceOf(RedflagException.class)
                    .hasMessage("index " + dir + " holds no committed ads yet");
        }
        assertThatThrownBy(() -> CommittedAds.open(dir.resolve("missing"))).isInstanceOf(RedflagException.class)
                .hasMessage("no index in " + dir.resolve("missing"));
    }

    @Test
    void anIndexOfAnotherSchemaIsRefusedAsTheWriterRefusesIt() throws Exception {
        SchemaVersionTest.writeOldIndex(dir, java.util.Map.of());
        assertThatThrownBy(() -> CommittedAds.open(dir)).isInstanceOf(RedflagException.class)
                .hasMessageContaining("index schema 1, this one reads " + SchemaVersion.CURRENT);
    }
}
