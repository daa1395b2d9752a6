package org.redflag.corpus;

import java.util.ArrayList;
import java.util.List;
import org.redflag.ad.JobAd;
import org.redflag.nlp.Span;

/**
 * A corpus ad: the ad, its label, and (when annotated) its indicators with evidence.
 *
 * @param ad the ad
 * @param label its label
 * @param indicators the indicator codes annotated, empty when the corpus does not annotate them
 * @param evidence the evidence of each indicator: exact substrings of the description
 * @param annotated whether the source annotates indicators at all (EMSCAD does not)
 * @param notes the annotator's notes
 * @param origin where the ad was read: file and line
 */
public record LabelledAd(JobAd ad, Label label, List<String> indicators, List<Evidence> evidence, boolean annotated,
                         String notes, String origin) {

    public LabelledAd {
        indicators = List.copyOf(indicators);
        evidence = List.copyOf(evidence);
        notes = notes == null ? "" : notes;
    }

    /**
     * One piece of evidence.
     *
     * @param indicator an indicator code
     * @param text an exact substring of the ad's description
     */
    public record Evidence(String indicator, String text) {
    }

    /**
     * A place in the description where an indicator's evidence stands.
     *
     * @param indicator an indicator code
     * @param span the evidence's text at that place, a span of the description
     */
    public record PlacedEvidence(String indicator, Span span) {
    }

    /** @return every place in the description where a piece of evidence stands (a text that occurs twice, twice) */
    public List<PlacedEvidence> placedEvidence() {
        String description = ad.description();
        List<PlacedEvidence> placed = new ArrayList<>();
        for (Evidence e : evidence) {
            if (e.text().isEmpty()) {
                continue;
            }
            for (int at = description.indexOf(e.text()); at >= 0; at = description.indexOf(e.text(), at + 1)) {
                Span span = new Span(JobAd.Field.DESCRIPTION, at, at + e.text().length(), e.text());
                placed.add(new PlacedEvidence(e.indicator(), span));
            }
        }
        return placed;
    }
}
