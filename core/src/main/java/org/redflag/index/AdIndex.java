package org.redflag.index;

import java.util.List;
import java.util.Optional;
import org.redflag.ad.JobAd;
import org.redflag.classify.RiskAssessment;
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
     * @param id an ad id
     * @return the stored ad, if any
     */
    Optional<StoredAd> get(String id);

    /** @return the ids of the ads that wait for analysis */
    List<String> pendingIds();

    /** @return the ids of the ads that have been analysed */
    List<String> analysedIds();

    /**
     * @param query what to find
     * @return the hits, riskiest first
     */
    List<AdHit> search(AdQuery query);

    /** @return how many ads the index holds */
    int size();

    /** Makes every write so far durable. */
    void commit();

    /** Commits and releases the index. */
    @Override
    void close();
}
