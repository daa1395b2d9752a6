package org.redflag.corpus;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a corpus file: its records parse; labels and indicator codes are known (the reader refuses others); every evidence is
 * an exact substring of the description and belongs to a listed code; every listed code has
 * evidence; ids are unique; no two ads are near-copies.
 */
public final class CorpusValidator {

    private CorpusValidator() {
    }

    /**
     * @param file a corpus file
     * @return the problems, {@code file:line: what is wrong}; empty when the file is valid
     * @throws CorpusException when the file cannot be read at all: missing, a folder, not to be opened
     */
    public static List<String> validate(Path file) {
        TextFiles.requireFile(file);
        List<String> problems = new ArrayList<>();
        for (int line : TextFiles.linesNotUtf8(file)) {
            problems.add(file + ":" + line + ": bytes that are not UTF-8 (shown as U+FFFD)");
        }
        List<LabelledAd> ads = new ArrayList<>();
        BufferedReader text = TextFiles.open(file);
        try (CorpusReader r = CorpusReaders.open(file, text, true, new AdIds())) {
            r.forEachRemaining(ads::add);
            problems.addAll(r.problems());
        } catch (CorpusException e) {
            problems.add(e.getMessage());
            return problems;
        }
        if (ads.isEmpty() && problems.isEmpty()) {
            problems.add(file + ": holds no ad");
        }
        for (LabelledAd a : ads) {
            String where = a.origin();
            Set<String> listed = new HashSet<>();
            for (String code : a.indicators()) {
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
