package org.redflag.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Gathers the matching ads' document numbers and ids from doc values, without reading the stored documents. */
final class AdIdCollector extends SimpleCollector {

    /**
     * @param doc the document's number in the searcher's view
     * @param id the ad's id
     */
    record Hit(int doc, String id) {
    }

    private final List<Hit> hits = new ArrayList<>();
    private SortedDocValues ids;
    private int docBase;

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        ids = DocValues.getSorted(context.reader(), AdDocuments.ID);
        docBase = context.docBase;
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!ids.advanceExact(doc)) {
            throw new IllegalStateException("an ad's document without its id's doc values");
        }
        hits.add(new Hit(docBase + doc, ids.lookupOrd(ids.ordValue()).utf8ToString()));
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    /** @return the matches, in document order */
    List<Hit> hits() {
        return hits;
    }
}
