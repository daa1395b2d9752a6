package org.redflag.index;

/**
 * One ad found by a search, riskiest first.
 *
 * @param ad the stored ad
 * @param score the search's relevance score
 */
public record AdHit(StoredAd ad, float score) {
}
