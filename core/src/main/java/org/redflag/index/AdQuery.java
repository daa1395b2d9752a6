package org.redflag.index;

import java.util.Optional;
import org.redflag.features.Indicator;

/**
 * A search over the index.
 *
 * @param text a Lucene query over title and body, empty for all ads
 * @param minRisk the lowest risk to return
 * @param indicator only ads with this indicator, when present
 * @param limit the most hits to return
 */
public record AdQuery(String text, double minRisk, Optional<Indicator> indicator, int limit) {

    public AdQuery {
        text = text == null ? "" : text.strip();
        indicator = indicator == null ? Optional.empty() : indicator;
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * @param text a Lucene query, empty for all ads
     * @return a query for that text, any risk, at most 20 hits
     */
    public static AdQuery of(String text) {
        return new AdQuery(text, 0.0, Optional.empty(), 20);
    }
}
