package org.redflag.features;

import java.util.List;
import org.redflag.nlp.Span;

/**
 * An indicator found in an ad, with the spans of text that show it.
 *
 * @param indicator the indicator
 * @param evidence the spans, in text order, at least one
 */
public record IndicatorMatch(Indicator indicator, List<Span> evidence) {

    public IndicatorMatch {
        evidence = List.copyOf(evidence);
    }
}
