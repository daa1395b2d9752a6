package org.redflag.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.FloatPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
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
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.redflag.RedflagException;
import org.redflag.ad.ContentHash;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.features.IndicatorMatch;
import org.redflag.index.AdHit;
import org.redflag.index.AdIndex;
import org.redflag.index.AdQuery;
import org.redflag.index.StoredAd;
import org.redflag.index.Upsert;
import org.redflag.nlp.AnalyzedAd;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ad index on Apache Lucene. One document per ad, replaced as a whole by id
 * ({@link IndexWriter#updateDocument}); the ad, its analysis and its assessment are stored as JSON,
 * so that re-scoring needs neither the page nor CoreNLP. Title and body are analysed for English;
 * risk is a point and doc-values field to filter and sort by; indicators and level are keywords.
 */
public final class LuceneAdIndex implements AdIndex {

    static final String ID = "id";
    static final String SITE = "site";
    static final String TITLE = "title";
    static final String BODY = "body";
    static final String EMPLOYER = "employer";
    static final String HASH = "hash";
    static final String STATUS = "status";
    static final String RISK = "risk";
    static final String LEVEL = "level";
    static final String INDICATOR = "indicator";
    static final String MODEL = "model";
    static final String AD_JSON = "ad_json";
    static final String ANALYSIS_JSON = "analysis_json";
    static final String ASSESSMENT_JSON = "assessment_json";
    static final String PENDING = "pending";
    static final String ANALYSED = "analysed";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = new EnglishAnalyzer();

    private LuceneAdIndex(Path dir) throws IOException {
        this.dir = dir;
        this.directory = FSDirectory.open(dir);
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new RedflagException("index " + dir + " is in use by another Redflag process (one writer per index)", e);
        }
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index in a folder, creating it when missing. The last commit is what a new process sees.
     *
     * @param dir the folder
     * @return the index, open for writing
     */
    public static LuceneAdIndex open(Path dir) {
        try {
            java.nio.file.Files.createDirectories(dir);
            return new LuceneAdIndex(dir);
        } catch (IOException e) {
            throw new RedflagException("cannot open index " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Upsert upsert(JobAd ad) {
        if (ad.id().isEmpty()) {
            throw new IllegalArgumentException("an ad needs an id to be stored");
        }
        String hash = ContentHash.of(ad);
        Optional<StoredAd> old = get(ad.id());
        if (old.isPresent() && old.get().contentHash().equals(hash)) {
            return Upsert.UNCHANGED;
        }
        write(new StoredAd(ad, hash, null, null));
        return old.isPresent() ? Upsert.CHANGED : Upsert.NEW;
    }

    @Override
    public void store(AnalyzedAd analysis, RiskAssessment assessment) {
        JobAd ad = analysis.ad();
        write(new StoredAd(ad, ContentHash.of(ad), analysis, assessment));
    }

    private void write(StoredAd stored) {
        JobAd ad = stored.ad();
        Document doc = new Document();
        doc.add(new StringField(ID, ad.id(), Field.Store.YES));
        doc.add(new StringField(SITE, ad.source(), Field.Store.NO));
        doc.add(new TextField(TITLE, ad.title(), Field.Store.NO));
        doc.add(new TextField(BODY, String.join("\n", ad.description(), ad.requirements(), ad.benefits()), Field.Store.NO));
        doc.add(new StringField(EMPLOYER, ad.employer().toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new StringField(HASH, stored.contentHash(), Field.Store.YES));
        doc.add(new StringField(STATUS, stored.pending() ? PENDING : ANALYSED, Field.Store.NO));
        doc.add(new StoredField(AD_JSON, JSON.writeValueAsString(ad)));
        RiskAssessment a = stored.assessment();
        float risk = a == null ? 0f : (float) a.risk();
        doc.add(new FloatPoint(RISK, risk));
        doc.add(new FloatDocValuesField(RISK, risk));
        if (a != null) {
            doc.add(new StringField(LEVEL, a.level().name(), Field.Store.NO));
            doc.add(new StringField(MODEL, a.model(), Field.Store.NO));
            for (IndicatorMatch m : a.indicators()) {
                doc.add(new StringField(INDICATOR, m.indicator().name(), Field.Store.NO));
            }
            doc.add(new StoredField(ASSESSMENT_JSON, JSON.writeValueAsString(a)));
            doc.add(new StoredField(ANALYSIS_JSON, JSON.writeValueAsString(stored.analysis())));
        }
        try {
            writer.updateDocument(new Term(ID, ad.id()), doc);
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write ad " + ad.id() + " to index " + dir, e);
        }
    }

    @Override
    public Optional<StoredAd> get(String id) {
        List<StoredAd> found = find(new TermQuery(new Term(ID, id)), 1, null);
        return found.stream().findFirst();
    }

    @Override
    public List<String> pendingIds() {
        return ids(new TermQuery(new Term(STATUS, PENDING)));
    }

    @Override
    public List<String> analysedIds() {
        return ids(new TermQuery(new Term(STATUS, ANALYSED)));
    }

    private List<String> ids(Query query) {
        IndexSearcher searcher = acquire();
        try {
            List<String> ids = new ArrayList<>();
            TopDocs docs = searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc()));
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : docs.scoreDocs) {
                ids.add(fields.document(sd.doc, java.util.Set.of(ID)).get(ID));
            }
            ids.sort(null);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public List<AdHit> search(AdQuery query) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        if (query.text().isEmpty()) {
            q.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            try {
                q.add(new MultiFieldQueryParser(new String[] {TITLE, BODY}, analyzer).parse(query.text()), BooleanClause.Occur.MUST);
            } catch (ParseException e) {
                throw new RedflagException("cannot parse query \"" + query.text() + "\": " + e.getMessage().lines().findFirst().orElse(""), e);
            }
        }
        if (query.minRisk() > 0) {
            q.add(FloatPoint.newRangeQuery(RISK, (float) query.minRisk(), 1f), BooleanClause.Occur.FILTER);
        }
        query.indicator().ifPresent(i -> q.add(new TermQuery(new Term(INDICATOR, i.name())), BooleanClause.Occur.FILTER));
        List<AdHit> hits = new ArrayList<>();
        IndexSearcher searcher = acquire();
        try {
            TopDocs docs = searcher.search(q.build(), query.limit(),
                    new Sort(new SortField(RISK, SortField.Type.FLOAT, true), SortField.FIELD_SCORE), true);
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : docs.scoreDocs) {
                hits.add(new AdHit(decode(fields.document(sd.doc)), sd.score));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
        return hits;
    }

    private List<StoredAd> find(Query query, int n, Sort sort) {
        IndexSearcher searcher = acquire();
        try {
            TopDocs docs = sort == null ? searcher.search(query, n) : searcher.search(query, n, sort);
            List<StoredAd> found = new ArrayList<>();
            StoredFields fields = searcher.storedFields();
            for (ScoreDoc sd : docs.scoreDocs) {
                found.add(decode(fields.document(sd.doc)));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            release(searcher);
        }
    }

    private static StoredAd decode(Document doc) {
        JobAd ad = JSON.readValue(doc.get(AD_JSON), JobAd.class);
        String analysis = doc.get(ANALYSIS_JSON);
        String assessment = doc.get(ASSESSMENT_JSON);
        return new StoredAd(ad, doc.get(HASH),
                analysis == null ? null : JSON.readValue(analysis, AnalyzedAd.class),
                assessment == null ? null : JSON.readValue(assessment, RiskAssessment.class));
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int size() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit index " + dir, e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index " + dir, e);
        }
    }
}
