package org.redflag.index.lucene;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.redflag.classify.RiskLevel;
import org.redflag.index.AdHit;
import org.redflag.index.AdQuery;
import org.redflag.index.InvalidQueryException;
import org.redflag.index.SearchResult;
import org.redflag.index.StoredAd;

/**
 * Runs one {@link AdQuery} on one searcher: the text query and filters, the top hits sorted by risk,
 * a highlighted snippet per hit (Lucene's {@link UnifiedHighlighter}, re-analysing the stored body) and
 * facet counts by indicator and level, counted over every matching ad from doc values.
 */
final class AdSearch {

    /** The most characters of a snippet. */
    static final int SNIPPET = 240;
    /** The most contacts a network filter follows; a larger network is cut there. */
    static final int NETWORK_CONTACTS = 10_000;
    /** How deep a query's parentheses may nest: far beyond any query a person writes. */
    static final int MAX_NESTING = 100;

    private final IndexSearcher searcher;
    private final Analyzer analyzer;

    AdSearch(IndexSearcher searcher, Analyzer analyzer) {
        this.searcher = searcher;
        this.analyzer = analyzer;
    }

    SearchResult run(AdQuery query) throws IOException {
        Query text = textQuery(query.text(), analyzer);
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        q.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        if (query.minRisk() > 0) {
            q.add(AssessmentValues.minRisk(query.minRisk()), BooleanClause.Occur.FILTER);
        }
        query.indicator().ifPresent(i -> q.add(new TermQuery(new Term(AdDocuments.INDICATOR, i.name())), BooleanClause.Occur.FILTER));
        query.site().ifPresent(s -> q.add(new TermQuery(new Term(AdDocuments.SITE, s)), BooleanClause.Occur.FILTER));
        query.level().ifPresent(l -> q.add(AssessmentValues.level(l), BooleanClause.Occur.FILTER));
        query.since().ifPresent(day -> q.add(switch (query.sinceDate()) {
            case POSTED -> LongPoint.newRangeQuery(AdDocuments.POSTED, day.toEpochDay(), Long.MAX_VALUE);
            case FETCHED -> LongPoint.newRangeQuery(AdDocuments.FETCHED, day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
                    Long.MAX_VALUE);
        }, BooleanClause.Occur.FILTER));
        if (query.network().isPresent()) {
            q.add(new TermInSetQuery(AdDocuments.CONTACT, networkContacts(AdDocuments.normaliseContact(query.network().get()))),
                    BooleanClause.Occur.FILTER);
        }
        Query all = q.build();

        FacetCounter facets = new FacetCounter();
        TopDocs top;
        try {
            searcher.search(all, facets);
            facets.flush();
            top = searcher.search(all, query.limit(),
                    new Sort(new SortField(AssessmentValues.RISK, SortField.Type.DOUBLE, true), SortField.FIELD_SCORE), true);
        } catch (IndexSearcher.TooManyClauses | TooComplexToDeterminizeException | IllegalArgumentException e) {
            // wildcards, fuzzy terms and regular expressions expand when run: one that expands too far is the query's fault
            throw new InvalidQueryException("query \"" + shown(query.text()) + "\" expands too far to run: " + e.getMessage(), e);
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                .withFormatter(new DefaultPassageFormatter(AdHit.MARK_START, AdHit.MARK_END, " … ", false))
                .build();
        List<AdHit> hits = new ArrayList<>();
        StoredFields fields = searcher.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            StoredAd ad = AdDocuments.decode(fields.document(sd.doc, AdDocuments.storedAdFields()),
                    AssessmentValues.read(searcher.getIndexReader(), sd.doc));
            hits.add(new AdHit(ad, Float.isNaN(sd.score) ? 0f : sd.score, snippet(highlighter, text, AdDocuments.body(ad.ad()))));
        }
        return new SearchResult(hits, facets.total, sorted(facets.indicators), sorted(facets.levels()));
    }

    /**
     * @param text a query's text in Lucene's classic syntax; empty for all ads
     * @param analyzer the index's analyzer
     * @return the query, or null for all ads
     * @throws InvalidQueryException when the text does not parse
     */
    static Query textQuery(String text, Analyzer analyzer) {
        if (text.isEmpty()) {
            return null;
        }
        int depth = nesting(text);
        if (depth > MAX_NESTING) {
            // the parser recurses once a level: thousands of levels overflow the stack
            throw new InvalidQueryException("cannot parse query \"" + shown(text) + "\": its parentheses nest " + depth
                    + " deep, at most " + MAX_NESTING, null);
        }
        try {
            MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {AdDocuments.TITLE, AdDocuments.BODY}, analyzer);
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException | TooComplexToDeterminizeException e) {
            // Lucene's message repeats the query: "Cannot parse '...': the reason"
            String why = e.getMessage().lines().findFirst().orElse("");
            String echo = "Cannot parse '" + text + "': ";
            throw new InvalidQueryException("cannot parse query \"" + shown(text) + "\": "
                    + (why.startsWith(echo) ? why.substring(echo.length()) : why), e);
        }
    }

    /** @return how deep the query's parentheses nest at most */
    private static int nesting(String text) {
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++; // an escaped character
            } else if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth--;
            }
        }
        return deepest;
    }

    /** @return the query as messages show it: a long one cut to its start */
    private static String shown(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "... (" + text.length() + " characters)";
    }

    /** @return the passage of the body that best matches the text query, terms marked; the body's opening otherwise */
    private static String snippet(UnifiedHighlighter highlighter, Query text, String body) throws IOException {
        if (body.isEmpty()) {
            return "";
        }
        if (text != null) {
            for (String field : List.of(AdDocuments.BODY, AdDocuments.BODY_EXACT)) {
                Object passage = highlighter.highlightWithoutSearcher(field, text, body, 1);
                if (passage != null && passage.toString().contains(AdHit.MARK_START)) {
                    return around(passage.toString().strip());
                }
            }
        }
        return opening(body);
    }

    /** Cuts a long passage to {@link #SNIPPET} characters around its first mark. */
    private static String around(String passage) {
        String flat = passage.replaceAll("\\s+", " ");
        if (flat.length() <= SNIPPET) {
            return flat;
        }
        int mark = flat.indexOf(AdHit.MARK_START);
        int start = Math.max(0, Math.min(mark - SNIPPET / 3, flat.length() - SNIPPET));
        int end = Math.min(flat.length(), start + SNIPPET);
        if (start > 0 && flat.indexOf(' ', start) >= 0 && flat.indexOf(' ', start) < mark) {
            start = flat.indexOf(' ', start) + 1; // start on a whole word
        }
        if (end < flat.length() && flat.lastIndexOf(' ', end) > Math.max(start, mark)) {
            end = flat.lastIndexOf(' ', end); // and end on one
        }
        String cut = flat.substring(start, end);
        if (cut.lastIndexOf(AdHit.MARK_START) > cut.lastIndexOf(AdHit.MARK_END)) {
            cut = cut.substring(0, cut.lastIndexOf(AdHit.MARK_START)); // never leave a mark open
        }
        return (start > 0 ? "… " : "") + cut.strip() + (end < flat.length() ? " …" : "");
    }

    private static String opening(String body) {
        String flat = body.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET ? flat : flat.substring(0, SNIPPET).strip() + " …";
    }

    /**
     * Follows a contact through the ads that give it to every contact those ads give, and so on.
     *
     * @return the contacts of the network, the given one included
     */
    private List<BytesRef> networkContacts(String contact) throws IOException {
        Set<String> seen = new LinkedHashSet<>(List.of(contact));
        List<String> frontier = List.of(contact);
        while (!frontier.isEmpty() && seen.size() < NETWORK_CONTACTS) {
            ContactCollector found = new ContactCollector();
            searcher.search(new TermInSetQuery(AdDocuments.CONTACT, frontier.stream().map(BytesRef::new).toList()), found);
            List<String> next = new ArrayList<>();
            for (String c : found.contacts) {
                if (seen.size() < NETWORK_CONTACTS && seen.add(c)) {
                    next.add(c);
                }
            }
            frontier = next;
        }
        return seen.stream().map(BytesRef::new).toList();
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Counts the matching ads, and their indicators and levels, from doc values. */
    private static final class FacetCounter extends SimpleCollector {
        final Map<String, Long> indicators = new HashMap<>();
        long total;
        private SortedSetDocValues indicatorValues;
        private NumericDocValues levelValues;
        private long[] indicatorCounts = new long[0];
        private final long[] levelCounts = new long[RiskLevel.values().length];

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            flush();
            indicatorValues = context.reader().getSortedSetDocValues(AdDocuments.INDICATOR);
            levelValues = context.reader().getNumericDocValues(AssessmentValues.LEVEL);
            indicatorCounts = new long[indicatorValues == null ? 0 : (int) indicatorValues.getValueCount()];
        }

        @Override
        public void collect(int doc) throws IOException {
            total++;
            if (indicatorValues != null && indicatorValues.advanceExact(doc)) {
                for (int i = 0; i < indicatorValues.docValueCount(); i++) {
                    indicatorCounts[(int) indicatorValues.nextOrd()]++;
                }
            }
            if (levelValues != null && levelValues.advanceExact(doc)) {
                levelCounts[(int) levelValues.longValue()]++;
            }
        }

        /** @return the matching ads by level, the levels without any left out */
        Map<String, Long> levels() {
            Map<String, Long> levels = new HashMap<>();
            for (RiskLevel level : RiskLevel.values()) {
                if (levelCounts[level.ordinal()] > 0) {
                    levels.put(level.name(), levelCounts[level.ordinal()]);
                }
            }
            return levels;
        }

        /** Adds the last segment's indicator counts; call once the search is done. */
        void flush() throws IOException {
            for (int ord = 0; ord < indicatorCounts.length; ord++) {
                if (indicatorCounts[ord] > 0) {
                    indicators.merge(indicatorValues.lookupOrd(ord).utf8ToString(), indicatorCounts[ord], Long::sum);
                }
            }
            indicatorCounts = new long[0];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    /** Gathers the contacts of the matching ads. */
    private static final class ContactCollector extends SimpleCollector {
        final Set<String> contacts = new LinkedHashSet<>();
        private SortedSetDocValues values;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            values = context.reader().getSortedSetDocValues(AdDocuments.CONTACT);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (values != null && values.advanceExact(doc)) {
                for (int i = 0; i < values.docValueCount(); i++) {
                    contacts.add(values.lookupOrd(values.nextOrd()).utf8ToString());
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
