package org.redflag.features;

import java.util.List;
import org.redflag.nlp.Span;

/**
 * An indicator found in an ad, with the spans of text that show it.
 *
 * @param indicator the indicator
 * @param evidence the spans, in text order, at least one
 * @param source what found it: a rule, or the indicator-sentence model alone
 */
public record IndicatorMatch(Indicator indicator, List<Span> evidence, Source source) {

    /** What found an indicator. */
    public enum Source {
        /** A rule (a TokensRegex rule or a check of the ad's contacts, pay or employer): its evidence is what it matched. */
        RULE,
        /**
         * The indicator-sentence model, where no rule found the indicator: its evidence is the words of the passage that
         * raised the model's score most, a learned guess a person should read before relying on it.
         */
        MODEL
    }

    public IndicatorMatch {
        evidence = List.copyOf(evidence);
        source = source == null ? Source.RULE : source; // assessments stored before feature version 9 name no source
    }

    /**
     * An indicator a rule found.
     *
     * @param indicator the indicator
     * @param evidence the spans, in text order, at least one
     */
    public IndicatorMatch(Indicator indicator, List<Span> evidence) {
        this(indicator, evidence, Source.RULE);
    }
}
