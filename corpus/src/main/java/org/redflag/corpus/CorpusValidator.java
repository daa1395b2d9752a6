package org.redflag.corpus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redflag.features.Indicator;

/**
 * Checks a corpus file: its records parse; labels and indicator codes are known; every evidence is
 * an exact substring of the description and belongs to a listed code; every listed code has
 * evidence; ids are unique; no two ads are near-copies.
 */
public final class CorpusValidator {

    private CorpusValidator() {
    }

    /**
     * @param file a corpus file
     * @return the problems, {@code file:line: what is wrong}; empty when the file is valid
     */
    public static List<String> validate(Path file) {
        List<String> problems = new ArrayList<>();
        List<LabelledAd> ads = new ArrayList<>();
        try (CorpusReader r = CorpusReaders.open(file, true)) {
            r.forEachRemaining(ads::add);
            problems.addAll(r.problems());
        } catch (CorpusException e) {
            problems.add(e.getMessage());
            return problems;
        }
        if (ads.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": holds no ad");
        }
        Map<String, String> firstSeen = new HashMap<>();
        for (LabelledAd a : ads) {
            String where = a.origin();
            String prior = firstSeen.putIfAbsent(a.ad().id(), where);
            if (prior != null) {
                problems.add(where + ": duplicate id " + a.ad().id() + " (first at " + prior + ")");
            }
            Set<String> listed = new HashSet<>();
            for (String code : a.indicators()) {
                if (Indicator.fromCode(code).isEmpty()) {
                    problems.add(where + ": unknown indicator code " + code);
                }
                if (!listed.add(code)) {
                    problems.add(where + ": indicator " + code + " listed twice");
                }
            }
            Set<String> evidenced = new HashSet<>();
            for (LabelledAd.Evidence e : a.evidence()) {
                if (!listed.contains(e.indicator())) {
                    problems.add(where + ": evidence for " + e.indicator() + ", which the ad does not list");
                }
                if (e.text().isEmpty() || !a.ad().description().contains(e.text())) {
                    problems.add(where + ": evidence of " + e.indicator() + " is not an exact substring of the description: \""
                            + abbreviate(e.text()) + "\"");
                }
                evidenced.add(e.indicator());
            }
            for (String code : listed) {
                if (a.annotated() && !evidenced.contains(code)) {
                    problems.add(where + ": indicator " + code + " has no evidence");
                }
            }
        }
        int[] groups = NearDuplicates.groups(ads.stream().map(a -> a.ad().description()).toList(), NearDuplicates.DEFAULT_THRESHOLD);
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] != i) {
                problems.add(ads.get(i).origin() + ": near-copy of " + ads.get(groups[i]).ad().id() + " ("
                        + ads.get(groups[i]).origin() + ")");
            }
        }
        return problems;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
