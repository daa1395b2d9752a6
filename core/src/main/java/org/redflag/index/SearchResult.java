package org.redflag.index;

import java.util.List;
import java.util.Map;

/**
 * What a search found: the top hits, riskiest first, how many ads matched in all, and facet counts
 * over every matching ad (not only the hits returned).
 *
 * @param hits the hits, riskiest first, at most the query's limit
 * @param total how many ads matched
 * @param indicators how many matching ads show each indicator, by indicator code, most frequent first
 * @param levels how many matching ads have each risk level, by level name, most frequent first; ads not
 *               yet scored are not counted
 */
public record SearchResult(List<AdHit> hits, long total, Map<String, Long> indicators, Map<String, Long> levels) {

    public SearchResult {
        hits = List.copyOf(hits);
        indicators = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(indicators));
        levels = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(levels));
    }
}
