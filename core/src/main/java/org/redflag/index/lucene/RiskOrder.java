package org.redflag.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.redflag.index.AssessedAd;

/**
 * Walks the analysed ads of one searcher's view riskiest first, equal risks by id, decoding one ad at a
 * time: only the order (document number, risk, id) of every ad is held. The index sorts on the risk as
 * a float; ads whose risks are equal as floats are ordered on their exact risks, read from their assessments.
 */
final class RiskOrder {

    private static final Set<String> ID_ONLY = Set.of(AdDocuments.ID);

    private record Entry(int doc, float risk, String id) {
    }

    private final IndexSearcher searcher;
    private final StoredFields stored;

    RiskOrder(IndexSearcher searcher) throws IOException {
        this.searcher = searcher;
        this.stored = searcher.storedFields();
    }

    void forEach(Consumer<AssessedAd> action) throws IOException {
        List<Entry> order = entries();
        for (int from = 0; from < order.size(); ) {
            int to = from + 1;
            while (to < order.size() && order.get(to).risk() == order.get(from).risk()) {
                to++;
            }
            List<Entry> tied = order.subList(from, to);
            if (tied.size() > 1) {
                tied = byExactRisk(tied);
            }
            for (Entry e : tied) {
                action.accept(AdDocuments.assessed(stored.document(e.doc(), AdDocuments.assessedFields())));
            }
            from = to;
        }
    }

    /** @return every analysed ad, by float risk descending, then id */
    private List<Entry> entries() throws IOException {
        TermQuery analysed = new TermQuery(new Term(AdDocuments.STATUS, AdDocuments.ANALYSED));
        int n = Math.max(1, searcher.count(analysed));
        ScoreDoc[] hits = searcher.search(analysed, n, new Sort(new SortField(AdDocuments.RISK, SortField.Type.FLOAT, true))).scoreDocs;
        List<Entry> entries = new ArrayList<>(hits.length);
        for (ScoreDoc hit : hits) {
            entries.add(new Entry(hit.doc, (Float) ((FieldDoc) hit).fields[0], stored.document(hit.doc, ID_ONLY).get(AdDocuments.ID)));
        }
        entries.sort(Comparator.comparing(Entry::risk, Comparator.reverseOrder()).thenComparing(Entry::id));
        return entries;
    }

    /** @return ads of one float risk in the order of their exact risks, descending; equal ones stay in id order */
    private List<Entry> byExactRisk(List<Entry> tied) throws IOException {
        record Exact(Entry entry, double risk) {
        }
        List<Exact> exact = new ArrayList<>(tied.size());
        for (Entry e : tied) {
            exact.add(new Exact(e, AdDocuments.assessment(stored.document(e.doc(), Set.of(AdDocuments.ASSESSMENT_JSON))).risk()));
        }
        exact.sort(Comparator.comparingDouble(Exact::risk).reversed());
        return exact.stream().map(Exact::entry).toList();
    }
}
