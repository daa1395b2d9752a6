package org.redflag.corpus;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The make-up of a corpus: ads per label and per source, indicators per label, description lengths.
 *
 * @param ads how many ads
 * @param labels ads per label
 * @param sources ads per source
 * @param indicators per indicator code, ads per label
 * @param minWords the shortest description, in words
 * @param medianWords the median description length
 * @param maxWords the longest description
 */
public record CorpusStats(int ads, Map<Label, Integer> labels, Map<String, Integer> sources,
                          Map<String, Map<Label, Integer>> indicators, int minWords, int medianWords, int maxWords) {

    /**
     * @param ads the corpus
     * @return its statistics
     */
    public static CorpusStats of(List<LabelledAd> ads) {
        Map<Label, Integer> labels = new EnumMap<>(Label.class);
        Map<String, Integer> sources = new TreeMap<>();
        Map<String, Map<Label, Integer>> indicators = new TreeMap<>();
        int[] words = new int[ads.size()];
        for (int i = 0; i < ads.size(); i++) {
            LabelledAd a = ads.get(i);
            labels.merge(a.label(), 1, Integer::sum);
            sources.merge(a.ad().source().isEmpty() ? "(none)" : a.ad().source(), 1, Integer::sum);
            for (String code : a.indicators()) {
                indicators.computeIfAbsent(code, c -> new EnumMap<>(Label.class)).merge(a.label(), 1, Integer::sum);
            }
            String d = a.ad().description().strip();
            words[i] = d.isEmpty() ? 0 : d.split("\\s+").length;
        }
        Arrays.sort(words);
        int n = words.length;
        return new CorpusStats(n, labels, sources, indicators, n == 0 ? 0 : words[0], n == 0 ? 0 : words[n / 2],
                n == 0 ? 0 : words[n - 1]);
    }
}
