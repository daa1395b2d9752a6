package org.redflag.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.redflag.index.AssessedAd;

/**
 * Walks the analysed ads of one searcher's view riskiest first, equal risks by id, decoding one ad at a
 * time: only the order (document number, assessment values, id) of every ad is held. The risks are the
 * exact ones of the assessments' doc values ({@link AssessmentValues}), so a re-scoring in place is seen.
 */
final class RiskOrder {

    private record Entry(int doc, AssessmentValues.Values values, String id) {
    }

    private final IndexSearcher searcher;
    private final StoredFields stored;

    RiskOrder(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        this.stored = searcher.storedFields();
    }

    void forEach(Consumer<AssessedAd> action) throws IOException {
        for (Entry e : entries()) {
            action.accept(AdDocuments.assessed(stored.document(e.doc(), AdDocuments.assessedFields()), e.values()));
        }
    }

    /** @return every analysed ad, by risk descending, then id */
    private List<Entry> entries() throws IOException {
        Collector collector = new Collector(searcher.getIndexReader());
        searcher.search(new TermQuery(new Term(AdDocuments.STATUS, AdDocuments.ANALYSED)), collector);
        collector.entries.sort(Comparator.comparingDouble((Entry e) -> e.values().risk()).reversed().thenComparing(Entry::id));
        return collector.entries;
    }

    /** Collects each analysed ad's document number, assessment values and id, from doc values. */
    private static final class Collector extends SimpleCollector {
        final List<Entry> entries = new ArrayList<>();
        private final IndexReader reader;
        private SortedDocValues ids;
        private int docBase;

        Collector(IndexReader reader) {
            this.reader = reader;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            ids = DocValues.getSorted(context.reader(), AdDocuments.ID);
            docBase = context.docBase;
        }

        @Override
        public void collect(int doc) throws IOException {
            int global = docBase + doc;
            AssessmentValues.Values values = AssessmentValues.read(reader, global)
                    .orElseThrow(() -> new IllegalStateException("analysed document " + global + " has no assessment values"));
            if (!ids.advanceExact(doc)) {
                throw new IllegalStateException("an ad's document without its id's doc values");
            }
            entries.add(new Entry(global, values, ids.lookupOrd(ids.ordValue()).utf8ToString()));
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
