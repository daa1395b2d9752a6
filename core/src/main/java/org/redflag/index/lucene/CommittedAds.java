package org.redflag.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.redflag.RedflagException;
import org.redflag.index.AdCluster;
import org.redflag.index.AdQuery;
import org.redflag.index.ContactNetwork;
import org.redflag.index.InvalidQueryException;
import org.redflag.index.SearchResult;

/**
 * The ads of an index as its last commit left them, read-only. It takes no write lock, so an
 * investigator can search while a scan holds the index open for writing: the search sees every ad the
 * scan has committed so far, not the ones it is still writing. Thread-safe.
 */
public final class CommittedAds implements Closeable {

    private final Path dir;
    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final Analyzer analyzer = AdDocuments.analyzer();

    private CommittedAds(Path dir, FSDirectory directory, DirectoryReader reader) {
        this.dir = dir;
        this.directory = directory;
        this.reader = reader;
    }

    /**
     * @param dir the index folder
     * @return its last commit, open for reading
     * @throws RedflagException when the folder holds no index or no commit yet, was written under another schema
     *         ({@link SchemaVersion}), a file of it fails its checksum ({@link IndexIntegrity}), or it cannot be read
     */
    public static CommittedAds open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RedflagException("no index in " + dir);
        }
        FSDirectory directory = null;
        try {
            directory = FSDirectory.open(dir);
            SchemaVersion.check(directory, dir);
            DirectoryReader reader = DirectoryReader.open(directory);
            try {
                IndexIntegrity.check(reader, dir);
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw e;
            }
            return new CommittedAds(dir, directory, reader);
        } catch (IndexNotFoundException e) {
            boolean damaged = lostItsCommit(directory);
            closeQuietly(directory);
            throw new RedflagException("index " + dir + (damaged ? " is damaged: it holds index files but no commit point "
                    + "(segments_N)" : " holds no committed ads yet"), e);
        } catch (RedflagException e) {
            closeQuietly(directory);
            throw e;
        } catch (IOException e) {
            closeQuietly(directory);
            throw new RedflagException("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks a query's text before an index is opened for it: bad usage is told before any work.
     *
     * @param text a query in Lucene's classic syntax over title and body
     * @throws InvalidQueryException when it does not parse
     */
    public static void checkQuery(String text) {
        try (Analyzer analyzer = AdDocuments.analyzer()) {
            AdSearch.textQuery(text, analyzer);
        }
    }

    /**
     * @param query what to find
     * @return the matching ads with snippets and facets, as {@link LuceneAdIndex#search} gives them
     */
    public SearchResult search(AdQuery query) {
        try {
            return new AdSearch(new IndexSearcher(reader), analyzer).run(query);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search index " + dir, e);
        }
    }

    /** @return the near-duplicate clusters, as {@link LuceneAdIndex#clusters} gives them */
    public List<AdCluster> clusters() {
        try {
            return new AdLinks(reader).clusters();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        }
    }

    /** @return the contact networks, as {@link LuceneAdIndex#networks} gives them */
    public List<ContactNetwork> networks() {
        try {
            return new AdLinks(reader).networks();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read index " + dir, e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index " + dir, e);
        }
    }

    private static boolean lostItsCommit(FSDirectory directory) {
        try {
            return LuceneAdIndex.lostItsCommit(directory);
        } catch (IOException e) {
            return false;
        }
    }

    private static void closeQuietly(FSDirectory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // the error being reported says more
            }
        }
    }
}
