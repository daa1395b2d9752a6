package org.redflag.batch.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.Span;

/**
 * One highlighted stretch of a field's text: the union of evidence spans that overlap, with every indicator whose
 * evidence covers part of it, so that no evidence hides another.
 *
 * @param start the first character of the stretch
 * @param end the character after the stretch
 * @param indicators the indicators whose evidence lies in the stretch, in the order their evidence starts
 * @param learned the indicators among them that the sentence model found
 */
record EvidenceMark(int start, int end, Set<Indicator> indicators, Set<Indicator> learned) {

    /**
     * @param text the field's text
     * @param found the indicators found in the ad, with their evidence
     * @param field the field the text is
     * @return the stretches to highlight in the text, in order and apart from one another: evidence spans that overlap
     *     are merged into one stretch; spans beyond the text are left out
     */
    static List<EvidenceMark> of(String text, List<IndicatorMatch> found, JobAd.Field field) {
        record Evidence(Span span, IndicatorMatch match) {
        }
        List<Evidence> evidence = new ArrayList<>();
        for (IndicatorMatch m : found) {
            for (Span s : m.evidence()) {
                if (s.field() == field && 0 <= s.start() && s.start() < s.end() && s.end() <= text.length()) {
                    evidence.add(new Evidence(s, m));
                }
            }
        }
        evidence.sort(Comparator.comparingInt((Evidence e) -> e.span().start()));
        List<EvidenceMark> marks = new ArrayList<>();
        EvidenceMark last = null;
        for (Evidence e : evidence) {
            if (last == null || e.span().start() >= last.end()) {
                last = new EvidenceMark(e.span().start(), e.span().end(), new LinkedHashSet<>(), new LinkedHashSet<>());
                marks.add(last);
            } else if (e.span().end() > last.end()) {
                last = new EvidenceMark(last.start(), e.span().end(), last.indicators(), last.learned());
                marks.set(marks.size() - 1, last);
            }
            last.indicators().add(e.match().indicator());
            if (e.match().source() == IndicatorMatch.Source.MODEL) {
                last.learned().add(e.match().indicator());
            }
        }
        return marks;
    }

    /** @return true when every indicator of the stretch is protective */
    boolean protective() {
        return indicators.stream().allMatch(Indicator::isProtective);
    }
}
