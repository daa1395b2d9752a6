package org.redflag.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;

/** An index written under another schema is refused at open with one line that says to scan again; the current one opens. */
class SchemaVersionTest {

    /** Writes one ad the way the first schema did (level as a keyword with sorted doc values), with or without a version. */
    static void writeOldIndex(Path dir, Map<String, String> commitData) throws Exception {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            Document doc = new Document();
            doc.add(new StringField("id", "old-ad", Field.Store.YES));
            doc.add(new StringField("level", "HIGH", Field.Store.NO));
            doc.add(new SortedDocValuesField("level", new BytesRef("HIGH")));
            writer.addDocument(doc);
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        }
    }

    @Test
    void anIndexOfTheFirstSchemaIsRefusedWithAMessageToScanAgain(@TempDir Path dir) throws Exception {
        writeOldIndex(dir, Map.of());
        assertThatThrownBy(() -> LuceneAdIndex.open(dir)).isInstanceOf(RedflagException.class)
                .hasMessage("index " + dir + " was written by an older Redflag (index schema 1, this one reads 2): "
                        + "scan again into a new data folder (redflag scan --data NEW_DIR) to rebuild it");
        writeOldIndex(dir.resolve("newer"), Map.of(SchemaVersion.KEY, "3"));
        assertThatThrownBy(() -> LuceneAdIndex.open(dir.resolve("newer"))).isInstanceOf(RedflagException.class)
                .hasMessageContaining("written by a newer Redflag (index schema 3");
    }

    @Test
    void aRefusedIndexIsLeftAsItWasAndUnlocked(@TempDir Path dir) throws Exception {
        writeOldIndex(dir, Map.of());
        assertThatThrownBy(() -> LuceneAdIndex.open(dir)).isInstanceOf(RedflagException.class);
        assertThatThrownBy(() -> LuceneAdIndex.open(dir)).as("the same message again, not a lock error")
                .isInstanceOf(RedflagException.class).hasMessageContaining("index schema 1");
        try (FSDirectory directory = FSDirectory.open(dir)) {
            SegmentInfos commit = SegmentInfos.readLatestCommit(directory);
            assertThat(commit.totalMaxDoc()).isEqualTo(1);
            assertThat(commit.getUserData()).doesNotContainKey(SchemaVersion.KEY);
        }
    }

    @Test
    void aNewIndexCarriesTheCurrentVersionAndOpensAgain(@TempDir Path dir) throws Exception {
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            index.upsert(LuceneAdIndexTest.ad("a", "hotel cleaners wanted"));
        }
        try (FSDirectory directory = FSDirectory.open(dir)) {
            assertThat(SegmentInfos.readLatestCommit(directory).getUserData()).containsEntry(SchemaVersion.KEY, "2");
        }
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            assertThat(index.get("a")).isPresent();
        }
    }
}
