package org.redflag.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
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
        AdIdCollector analysed = new AdIdCollector();
        searcher.search(new TermQuery(new Term(AdDocuments.STATUS, AdDocuments.ANALYSED)), analysed);
        IndexReader reader = searcher.getIndexReader();
        List<Entry> entries = new ArrayList<>(analysed.hits().size());
        for (AdIdCollector.Hit hit : analysed.hits()) {
            AssessmentValues.Values values = AssessmentValues.read(reader, hit.doc())
                    .orElseThrow(() -> new IllegalStateException("analysed ad " + hit.id() + " has no assessment values"));
            entries.add(new Entry(hit.doc(), values, hit.id()));
        }
        entries.sort(Comparator.comparingDouble((Entry e) -> e.values().risk()).reversed().thenComparing(Entry::id));
        return entries;
    }
}
