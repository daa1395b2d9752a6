package org.redflag.index;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
import org.redflag.features.FeatureSnapshot;
import org.redflag.nlp.AnalyzedAd;

/**
 * Keeps ads with every stage's output, keyed by the ad's id. One writer per index: a second
 * process that opens the same index gets a clear error. Writes become durable at {@link #commit()}.
 */
public interface AdIndex extends AutoCloseable {

    /**
     * Stores an ad. An ad whose content changed waits for analysis again; an unchanged one keeps its analysis.
     *
     * @param ad the ad, with a non-empty id
     * @return what storing did
     */
    Upsert upsert(JobAd ad);

    /**
     * Stores an ad's analysis and assessment.
     *
     * @param analysis the ad's analysis
     * @param assessment its assessment
     */
    void store(AnalyzedAd analysis, RiskAssessment assessment);

    /**
     * Stores an ad's analysis, the features it was scored from and its assessment, so that a new model
     * can re-score the ad from the features alone ({@link #storedFeatures}).
     *
     * @param analysis the ad's analysis
     * @param features its features with their fingerprint; null stores none
     * @param assessment its assessment
     */
    void store(AnalyzedAd analysis, FeatureSnapshot features, RiskAssessment assessment);

    /**
     * Stores an ad that Redflag refuses to assess ({@link org.redflag.AdRefusedException}: no text, too little, too
     * much) with why and by what: it no longer waits for analysis, so that the next scan does not try it again, until
     * a change of its content ({@link #upsert}) makes it wait again. The refusal is durable with the next commit, as
     * any write is, so that what refused it can count its refusals from the index ({@link #refusedBy}).
     *
     * @param ad the ad, as stored
     * @param reason why it is refused
     * @param refusedBy what refused it, e.g. scan 3; not empty
     * @throws IllegalArgumentException when {@code refusedBy} is empty
     */
    void refuse(JobAd ad, String reason, String refusedBy);

    /**
     * Replaces an analysed ad's assessment and keeps everything else as stored (ad, analysis, features):
     * the write-back of a re-scoring that reused the stored features.
     *
     * @param id the ad's id
     * @param assessment its new assessment
     * @throws org.redflag.RedflagException when the ad is not in the index or has no stored analysis
     */
    void storeAssessment(String id, RiskAssessment assessment);

    /**
     * Reads an ad's stored features alone, without its analysis: the lean read of a re-scoring.
     *
     * @param id an ad id
     * @return its features with the fingerprint of what computed them; empty when the ad is missing or was
     *         stored without features
     */
    Optional<FeatureSnapshot> storedFeatures(String id);

    /**
     * @param id an ad id
     * @return the stored ad, if any
     */
    Optional<StoredAd> get(String id);

    /** @return the ids of the ads that wait for analysis */
    List<String> pendingIds();

    /** @return the ids of the ads that have been analysed */
    List<String> analysedIds();

    /** @return the ids of the ads that Redflag refused to assess, as their content stands ({@link #refuse}) */
    List<String> refusedIds();

    /**
     * @param refusedBy what refused ads ({@link #refuse})
     * @return the ads it refused that are still refused as their content stands, in the order they were refused (those
     *     refused in the same millisecond by id)
     */
    List<RefusedAd> refusedBy(String refusedBy);

    /**
     * Hands the analysed ads to {@code action} one at a time, riskiest first (equal risks by id), each
     * with its assessment but not its analysis: a report over the whole index holds one ad at a time.
     *
     * @param action receives each ad
     */
    void forEachAssessed(Consumer<AssessedAd> action);

    /**
     * Finds ads by text and filters, riskiest first, with a highlighted snippet per hit and facet
     * counts by indicator and level over every matching ad.
     *
     * @param query what to find
     * @return the hits and counts
     * @throws org.redflag.RedflagException when the query's text is not valid Lucene syntax
     */
    SearchResult search(AdQuery query);

    /**
     * Groups near-duplicate ads (MinHash over word shingles, see {@link MinHash}).
     *
     * @return the clusters of two or more ads, largest first
     */
    List<AdCluster> clusters();

    /**
     * Links ads that share a contact (see {@link ContactNetwork}).
     *
     * @return the networks of two or more ads, largest first
     */
    List<ContactNetwork> networks();

    /**
     * The ads of a site that are new or changed since a time, as the index holds them: those first stored since then
     * are new, those whose current content was first stored since then, and the ad before it, changed. An ad last
     * written by an earlier Redflag, which kept no first-seen time, counts as changed when its content was stored since
     * then, even when it was new then.
     *
     * @param site the site's name, as the ads give it ({@link org.redflag.ad.JobAd#source()})
     * @param sinceMillis the time, in milliseconds since the epoch
     * @return how many
     */
    SiteChanges changesSince(String site, long sinceMillis);

    /** @return how many ads the index holds */
    int size();

    /**
     * Makes every write so far durable: a process killed after this call leaves at least these writes
     * in the index; one killed before it leaves the previous commit. Callers commit once per batch of writes.
     */
    void commit();

    /**
     * Commits as {@link #commit()} does and, in the same commit, counts {@code count} more writes under {@code tally}:
     * a process killed during the commit leaves these writes and their count, or neither. Writes made before and not
     * committed then (those of a failed batch of writes) are committed too, and not counted. The index keeps one tally,
     * the last one counted; a tally of another name starts again from zero.
     *
     * @param tally what the writes since the last commit were, e.g. the ads analysed in scan 3; not empty
     * @param count how many; zero or more
     * @throws IllegalArgumentException when {@code tally} is empty or {@code count} negative
     */
    void commit(String tally, long count);

    /**
     * @param tally what was counted ({@link #commit(String, long)})
     * @return its count as of the last commit; 0 when the index holds another tally or none
     */
    long tally(String tally);

    /** Commits and releases the index. */
    @Override
    void close();
}
