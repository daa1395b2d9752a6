package org.redflag.index;

/**
 * One ad found by a search, riskiest first.
 *
 * @param ad the stored ad
 * @param score the search's relevance score
 * @param snippet a passage of the ad's body with the query's terms marked as {@code «term»}, or the
 *                body's opening when the query names no text; empty for an ad without a body
 */
public record AdHit(StoredAd ad, float score, String snippet) {

    /** The marks around a matched term in a {@link #snippet()}. */
    public static final String MARK_START = "«";
    /** The mark after a matched term. */
    public static final String MARK_END = "»";

    public AdHit {
        snippet = snippet == null ? "" : snippet;
    }
}
