package org.redflag.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.redflag.RedflagException;
import org.redflag.ad.ContentHash;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.features.FeatureSnapshot;
import org.redflag.index.AdCluster;
import org.redflag.index.AdIndex;
import org.redflag.index.AdQuery;
import org.redflag.index.AssessedAd;
import org.redflag.index.ContactNetwork;
import org.redflag.index.RefusedAd;
import org.redflag.index.SearchResult;
import org.redflag.index.SiteChanges;
import org.redflag.index.StoredAd;
import org.redflag.index.Upsert;
import org.redflag.nlp.AnalyzedAd;

/**
 * The ad index on Apache Lucene. One document per ad (schema: {@link AdDocuments}), replaced as a
 * whole by id ({@link IndexWriter#updateDocument}); the ad, its analysis, its features and its assessment
 * are stored, so that re-scoring needs neither the page nor CoreNLP, and, while the rules stay
 * the same, not even the rules ({@link #storedFeatures}, {@link #storeAssessment}). A new assessment with
 * the stored indicators (a new model over the stored features) changes the risk, level and model id in
 * place ({@link IndexWriter#updateDocValues}, see {@link AssessmentValues}) instead of re-indexing the ad.
 *
 * <p>Writes do not refresh the searcher: a read refreshes it first when there were writes since the
 * last refresh, so a loop of writes pays for one refresh at its next read, not one per write; reading
 * one ad by id refreshes only when that ad itself was written since. The
 * content hash and first-fetch time of ads written since the last refresh are kept in memory, so that
 * {@link #upsert} tells new, changed and unchanged ads apart without refreshing. Writes become durable
 * at {@link #commit()}; a process killed between commits leaves the last commit, which the next
 * {@link #open} reads. The index folder holds Lucene's {@code write.lock}, held through an operating-system
 * file lock ({@code NativeFSLockFactory}) that dies with the process: a second live process gets a
 * clear error, a dead one blocks nothing. Thread-safe.
 */
public final class LuceneAdIndex implements AdIndex {

    /** Writes kept in memory before a refresh is forced, whatever the reads. */
    static final int MAX_UNREFRESHED = 50_000;

    /**
     * A file the index leaves beside Lucene's once it has committed: a folder with it and without a commit point lost
     * its commit, where a folder without it never had one (a first scan killed before its first commit).
     */
    static final String COMMITTED = "redflag-committed";

    private final Path dir;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Analyzer analyzer = AdDocuments.analyzer();
    private final AdDocuments documents = new AdDocuments();
    private final Clock clock;
    /** What was written since the last refresh, by ad id; guarded by itself. */
    private final Map<String, Written> unrefreshed = new HashMap<>();
    /** The sequence numbers of the assessments changed in place since the last refresh, by ad id; guarded by {@link #unrefreshed}. */
    private final Map<String, Long> updatedInPlace = new HashMap<>();
    /** How many writes there were; incremented under {@link #unrefreshed}'s lock. */
    private volatile long writes;
    /** How many writes the current searcher sees at least; set under {@link #refreshLock}. */
    private volatile long refreshedWrites;
    /** One refresh at a time: a reader that needs a refresh waits for the one in progress instead of reading the old view. */
    private final Object refreshLock = new Object();
    /** The tally of the last commit; guarded by {@link #commitLock}. */
    private CommitTally tally;
    /**
     * One commit at a time, so that each carries the tally it was given. Writes are not under it: a commit counted for
     * one writer's writes also makes durable what other threads wrote since the last commit.
     */
    private final Object commitLock = new Object();

    /**
     * What the index remembers of a write until a refresh makes it visible.
     *
     * @param indicatorsDigest the digest of the stored assessment's indicators ({@link AssessmentValues#digest}); empty while pending
     */
    private record Written(String hash, AdDocuments.Times times, AdDocuments.Derived derived, OptionalLong indicatorsDigest, long seqNo) {
    }

    private LuceneAdIndex(Path dir, Clock clock) throws IOException {
        this.dir = dir;
        this.clock = clock;
        this.directory = FSDirectory.open(dir);
        if (lostItsCommit(directory)) {
            directory.close();
            // opened for writing, such a folder would become a new, empty index, and Lucene would delete the old files
            throw new RedflagException("index " + dir + " is damaged: it holds index files but no commit point (segments_N); "
                    + "restore it from a backup, or move it away to start a new index");
        }
        try {
            // before the writer opens: a writer deletes the files no commit refers to
            IndexIntegrity.check(directory, dir);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        try {
            this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        } catch (LockObtainFailedException e) {
            directory.close();
            throw new RedflagException("index " + dir + " is in use by another Redflag process (one writer per index)", e);
        }
        try {
            SchemaVersion.check(directory, dir);
            this.tally = DirectoryReader.indexExists(directory)
                    ? CommitTally.of(SegmentInfos.readLatestCommit(directory).getUserData()) : CommitTally.NONE;
        } catch (IOException | RuntimeException e) {
            writer.rollback();
            directory.close();
            throw e;
        }
        writer.setLiveCommitData(tally.withCommitData(SchemaVersion.commitData()).entrySet());
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * @param directory an index folder
     * @return whether it has committed once and holds no commit point now
     */
    static boolean lostItsCommit(Directory directory) throws IOException {
        return Arrays.asList(directory.listAll()).contains(COMMITTED) && !DirectoryReader.indexExists(directory);
    }

    /**
     * Opens the index in a folder, creating it when missing. The last commit is what a new process sees.
     *
     * @param dir the folder
     * @return the index, open for writing
     * @throws RedflagException when another process has the index open, the folder cannot be used, the index
     *         was written under another schema ({@link SchemaVersion}), or a file of it fails its checksum
     *         ({@link IndexIntegrity})
     */
    public static LuceneAdIndex open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /**
     * @param dir the folder
     * @param clock gives the fetch time of new and changed ads
     * @return the index, open for writing
     */
    public static LuceneAdIndex open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            return new LuceneAdIndex(dir, clock);
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
        Optional<Written> old = known(ad.id());
        if (old.isPresent() && old.get().hash().equals(hash)) {
            return Upsert.UNCHANGED;
        }
        long now = clock.millis();
        write(new StoredAd(ad, hash, null, null), new AdDocuments.Times(old.map(w -> w.times().firstSeen()).orElse(now), now),
                documents.derive(ad));
        return old.isPresent() ? Upsert.CHANGED : Upsert.NEW;
    }

    @Override
    public void store(AnalyzedAd analysis, RiskAssessment assessment) {
        store(analysis, null, assessment);
    }

    @Override
    public void store(AnalyzedAd analysis, FeatureSnapshot features, RiskAssessment assessment) {
        JobAd ad = analysis.ad();
        Content c = contentOf(ad);
        write(ad.id(), c.hash(), c.times(), c.derived(), digest(assessment),
                documents.toDocument(new StoredAd(ad, c.hash(), analysis, assessment), features, c.times(),
                        c.derived()));
    }

    @Override
    public void refuse(JobAd ad, String reason, String refusedBy) {
        if (refusedBy.isEmpty()) {
            throw new IllegalArgumentException("a refusal names what refused the ad");
        }
        Content c = contentOf(ad);
        write(ad.id(), c.hash(), c.times(), c.derived(), OptionalLong.empty(),
                documents.refused(new StoredAd(ad, c.hash(), null, null), c.times(), c.derived(), reason, refusedBy,
                        clock.millis()));
    }

    /**
     * An ad's content as its document records it: its hash, when the ad and the content were first stored and what was
     * derived from it.
     *
     * @param hash the content's hash
     * @param times when the ad and the content were first stored
     * @param derived what was derived from it (contacts, pay, MinHash)
     */
    private record Content(String hash, AdDocuments.Times times, AdDocuments.Derived derived) {
    }

    /** @return the ad's content: when it is the content stored, its fetch time and derivations are kept, not redone */
    private Content contentOf(JobAd ad) {
        String hash = ContentHash.of(ad);
        Optional<Written> old = known(ad.id());
        Optional<Written> same = old.filter(w -> w.hash().equals(hash));
        long now = clock.millis();
        return new Content(hash, same.map(Written::times)
                .orElseGet(() -> new AdDocuments.Times(old.map(w -> w.times().firstSeen()).orElse(now), now)),
                same.map(Written::derived).orElseGet(() -> documents.derive(ad)));
    }

    /**
     * {@inheritDoc} When the assessment's indicators are the stored ones (a new model over the stored features),
     * its risk, level and model id are changed in place, without re-indexing the ad; otherwise the document is
     * written again with the new indicators.
     */
    @Override
    public void storeAssessment(String id, RiskAssessment assessment) {
        OptionalLong stored = storedDigest(id);
        if (stored.isEmpty()) {
            throw new RedflagException("ad " + id + " has no stored analysis: analyse it before storing an assessment");
        }
        if (stored.getAsLong() == AssessmentValues.digest(assessment.indicators())) {
            updateInPlace(id, assessment);
            return;
        }
        Document old = read(id, (reader, doc) -> reader.storedFields().document(doc)).orElseThrow(() -> notInIndex(id));
        BytesRef features = read(id, AdDocuments::featuresBytes).orElse(null);
        AdDocuments.Times times = AdDocuments.timesOf(old, clock.millis());
        AdDocuments.Derived derived = AdDocuments.derivedOf(old);
        write(id, old.get(AdDocuments.HASH), times, derived, digest(assessment),
                documents.withAssessment(old, features, times, derived, assessment));
    }

    private RedflagException notInIndex(String id) {
        return new RedflagException("ad " + id + " is not in index " + dir);
    }

    /** @return the digest of the ad's stored indicators, empty when it waits for analysis */
    private OptionalLong storedDigest(String id) {
        synchronized (unrefreshed) {
            Written w = unrefreshed.get(id);
            if (w != null) {
                return w.indicatorsDigest();
            }
        }
        // not written since the last refresh: the current view has its indicators (an in-place update keeps them)
        IndexSearcher searcher = acquire();
        try {
            int doc = docOf(searcher, id);
            if (doc < 0) {
                throw notInIndex(id);
            }
            return AssessmentValues.indicatorsDigest(searcher.getIndexReader(), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    private void updateInPlace(String id, RiskAssessment assessment) {
        boolean full;
        synchronized (unrefreshed) {
            try {
                long seqNo = writer.updateDocValues(new Term(AdDocuments.ID, id), AssessmentValues.updates(AdDocuments.values(assessment)));
                updatedInPlace.put(id, seqNo);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the assessment of ad " + id + " to index " + dir, e);
            }
            writes++;
            full = unrefreshed.size() + updatedInPlace.size() >= MAX_UNREFRESHED;
        }
        if (full) {
            refresh();
        }
    }

    private static OptionalLong digest(RiskAssessment assessment) {
        return assessment == null ? OptionalLong.empty() : OptionalLong.of(AssessmentValues.digest(assessment.indicators()));
    }

    @Override
    public Optional<FeatureSnapshot> storedFeatures(String id) {
        return read(id, AdDocuments::features).flatMap(f -> f);
    }

    /** @return the hash, fetch time and derived fields of an ad as last written, from memory or from the last refreshed view */
    private Optional<Written> known(String id) {
        synchronized (unrefreshed) {
            Written w = unrefreshed.get(id);
            if (w != null) {
                return Optional.of(w);
            }
        }
        IndexSearcher searcher = acquire();
        try {
            int doc = docOf(searcher, id);
            if (doc < 0) {
                return Optional.empty();
            }
            Document d = searcher.storedFields().document(doc, AdDocuments.derivedFields());
            return Optional.of(new Written(d.get(AdDocuments.HASH), AdDocuments.timesOf(d, clock.millis()),
                    AdDocuments.derivedOf(d), AssessmentValues.indicatorsDigest(searcher.getIndexReader(), doc), -1));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    private void write(StoredAd stored, AdDocuments.Times times, AdDocuments.Derived derived) {
        write(stored.ad().id(), stored.contentHash(), times, derived, OptionalLong.empty(), documents.toDocument(stored, times, derived));
    }

    private void write(String id, String hash, AdDocuments.Times times, AdDocuments.Derived derived, OptionalLong indicatorsDigest, Document doc) {
        boolean full;
        synchronized (unrefreshed) {
            try {
                long seqNo = writer.updateDocument(new Term(AdDocuments.ID, id), doc);
                unrefreshed.put(id, new Written(hash, times, derived, indicatorsDigest, seqNo));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write ad " + id + " to index " + dir, e);
            }
            writes++;
            full = unrefreshed.size() + updatedInPlace.size() >= MAX_UNREFRESHED;
        }
        if (full) {
            refresh();
        }
    }

    /** Makes every write so far visible to reads, when there were writes since the last refresh. */
    private void refresh() {
        if (refreshedWrites == writes) {
            return;
        }
        synchronized (refreshLock) {
            long target = writes;
            if (refreshedWrites >= target) {
                return; // a refresh that ended while this one waited saw every write this caller needs
            }
            try {
                long visible = writer.getMaxCompletedSequenceNumber();
                searchers.maybeRefreshBlocking();
                synchronized (unrefreshed) {
                    unrefreshed.values().removeIf(w -> w.seqNo() <= visible);
                    updatedInPlace.values().removeIf(seqNo -> seqNo <= visible);
                }
                refreshedWrites = target;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot refresh index " + dir, e);
            }
        }
    }

    @Override
    public Optional<StoredAd> get(String id) {
        return read(id, (reader, doc) -> AdDocuments.decode(reader.storedFields().document(doc, AdDocuments.storedAdFields()),
                AssessmentValues.read(reader, doc)));
    }

    /** Reads something of one document. */
    @FunctionalInterface
    private interface DocumentRead<T> {
        T read(IndexReader reader, int doc) throws IOException;
    }

    /**
     * @param id an ad id
     * @param what what to read of its document
     * @return that, read from the ad's document as last written; empty when the ad is not in the index
     */
    private <T> Optional<T> read(String id, DocumentRead<T> what) {
        boolean written;
        synchronized (unrefreshed) {
            written = unrefreshed.containsKey(id) || updatedInPlace.containsKey(id);
        }
        // an ad not written since the last refresh reads the same from the current view: no refresh needed
        IndexSearcher searcher = written ? fresh() : acquire();
        try {
            int doc = docOf(searcher, id);
            return doc < 0 ? Optional.empty() : Optional.of(what.read(searcher.getIndexReader(), doc));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    /**
     * @return the ad's document in the searcher's view, -1 when it has none: read from the id's postings, segment by
     *     segment (a term query would also weigh, score and rank its one hit, several times the work for a re-scoring)
     */
    private static int docOf(IndexSearcher searcher, String id) throws IOException {
        BytesRef term = new BytesRef(id);
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(AdDocuments.ID);
            TermsEnum ids = terms == null ? null : terms.iterator();
            if (ids == null || !ids.seekExact(term)) {
                continue;
            }
            PostingsEnum postings = ids.postings(null, PostingsEnum.NONE);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return leaf.docBase + doc;
                }
            }
        }
        return -1;
    }

    @Override
    public List<String> pendingIds() {
        return ids(new TermQuery(new Term(AdDocuments.STATUS, AdDocuments.PENDING)));
    }

    @Override
    public List<String> analysedIds() {
        return ids(new TermQuery(new Term(AdDocuments.STATUS, AdDocuments.ANALYSED)));
    }

    @Override
    public List<String> refusedIds() {
        return ids(new TermQuery(new Term(AdDocuments.STATUS, AdDocuments.REFUSED)));
    }

    @Override
    public List<RefusedAd> refusedBy(String refusedBy) {
        IndexSearcher searcher = fresh();
        try {
            List<RefusedAd> refused = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            Query query = new TermQuery(new Term(AdDocuments.REFUSED_BY, refusedBy));
            for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query))).scoreDocs) {
                refused.add(AdDocuments.refusedAd(stored.document(hit.doc)));
            }
            refused.sort(Comparator.comparingLong(RefusedAd::refusedAtMillis).thenComparing(r -> r.ad().id()));
            return refused;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public void forEachAssessed(Consumer<AssessedAd> action) {
        IndexSearcher searcher = fresh();
        try {
            new RiskOrder(searcher).forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    private List<String> ids(Query query) {
        IndexSearcher searcher = fresh();
        try {
            AdIdCollector matches = new AdIdCollector();
            searcher.search(query, matches);
            List<String> ids = new ArrayList<>(matches.hits().stream().map(AdIdCollector.Hit::id).toList());
            ids.sort(null);
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public SearchResult search(AdQuery query) {
        IndexSearcher searcher = fresh();
        try {
            return new AdSearch(searcher, analyzer).run(query);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public List<AdCluster> clusters() {
        IndexSearcher searcher = fresh();
        try {
            return new AdLinks(searcher.getIndexReader()).clusters();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public List<ContactNetwork> networks() {
        IndexSearcher searcher = fresh();
        try {
            return new AdLinks(searcher.getIndexReader()).networks();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    /** @return a searcher that sees every write so far; release it */
    private IndexSearcher fresh() {
        refresh();
        return acquire();
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release a searcher of index " + dir, e);
        }
    }

    @Override
    public SiteChanges changesSince(String site, long sinceMillis) {
        IndexSearcher searcher = fresh();
        try {
            Query ofSite = new TermQuery(new Term(AdDocuments.SITE, site));
            int newAds = searcher.count(new BooleanQuery.Builder().add(ofSite, BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(AdDocuments.FIRST_SEEN, sinceMillis, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                    .build());
            int stored = searcher.count(new BooleanQuery.Builder().add(ofSite, BooleanClause.Occur.FILTER)
                    .add(LongPoint.newRangeQuery(AdDocuments.FETCHED, sinceMillis, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                    .build());
            return new SiteChanges(newAds, stored - newAds);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        } finally {
            release(searcher);
        }
    }

    @Override
    public int size() {
        IndexSearcher searcher = fresh();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    @Override
    public void commit() {
        synchronized (commitLock) {
            commitWith(tally);
        }
    }

    @Override
    public void commit(String tally, long count) {
        synchronized (commitLock) {
            CommitTally advanced = this.tally.plus(tally, count);
            commitWith(advanced);
            this.tally = advanced;
        }
    }

    @Override
    public long tally(String tally) {
        synchronized (commitLock) {
            return this.tally.countOf(tally);
        }
    }

    private void commitWith(CommitTally tally) {
        writer.setLiveCommitData(tally.withCommitData(SchemaVersion.commitData()).entrySet());
        try {
            writer.commit();
            Path marker = dir.resolve(COMMITTED);
            if (!Files.exists(marker)) {
                Files.createFile(marker);
            }
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
