package org.redflag.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds near-copies among texts: two texts are near-copies when the Jaccard similarity of their
 * word 5-shingles reaches a threshold. Groups are the connected components of that relation, so a
 * template reposted with small edits forms one group. Used to keep near-copies on one side of a
 * split and to flag them in validation.
 */
public final class NearDuplicates {

    /** The similarity at or above which two texts are near-copies. */
    public static final double DEFAULT_THRESHOLD = 0.5;

    private static final int SHINGLE = 5;

    private NearDuplicates() {
    }

    /**
     * @param texts the texts
     * @param threshold the Jaccard similarity of shingles at or above which two texts are near-copies
     * @return for each text, the index of its group (the smallest index in the group)
     */
    public static int[] groups(List<String> texts, double threshold) {
        List<Set<Integer>> shingles = new ArrayList<>(texts.size());
        for (String t : texts) {
            shingles.add(shingles(t));
        }
        int[] parent = new int[texts.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                if (jaccard(shingles.get(i), shingles.get(j)) >= threshold) {
                    union(parent, i, j);
                }
            }
        }
        int[] groups = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            groups[i] = find(parent, i);
        }
        return groups;
    }

    /**
     * @param a a text
     * @param b another text
     * @return the Jaccard similarity of their word 5-shingles
     */
    public static double similarity(String a, String b) {
        return jaccard(shingles(a), shingles(b));
    }

    static Set<Integer> shingles(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>();
        for (String s : words) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        Set<Integer> set = new HashSet<>();
        if (w.size() < SHINGLE) {
            set.add(String.join(" ", w).hashCode());
            return set;
        }
        for (int i = 0; i + SHINGLE <= w.size(); i++) {
            set.add(String.join(" ", w.subList(i, i + SHINGLE)).hashCode());
        }
        return set;
    }

    private static double jaccard(Set<Integer> a, Set<Integer> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        Set<Integer> small = a.size() <= b.size() ? a : b;
        Set<Integer> large = small == a ? b : a;
        int inter = 0;
        for (Integer s : small) {
            if (large.contains(s)) {
                inter++;
            }
        }
        return (double) inter / (a.size() + b.size() - inter);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
