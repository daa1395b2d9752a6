package org.redflag.nlp;

import org.redflag.ad.JobAd;

/**
 * A stretch of one field of an ad: the evidence a person sees highlighted.
 *
 * @param field the field the text is in
 * @param start offset of the first character within the field
 * @param end offset after the last character within the field
 * @param text the exact text, {@code ad.field(field).substring(start, end)}
 */
public record Span(JobAd.Field field, int start, int end, String text) {

    /**
     * @param other another span
     * @return whether the two share a character of one field
     */
    public boolean overlaps(Span other) {
        return field == other.field && start < other.end && other.start < end;
    }
}
