package org.redflag.index.lucene;

import java.util.HashMap;
import java.util.Map;

/** Union-find over document numbers, with path halving and union by size: near-linear over millions of links. */
final class DisjointSets {

    private final Map<Integer, Integer> parent = new HashMap<>();
    private final Map<Integer, Integer> size = new HashMap<>();

    /** @return the representative of the set that holds {@code x} */
    int find(int x) {
        while (true) {
            Integer p = parent.get(x);
            if (p == null || p == x) {
                return x;
            }
            Integer gp = parent.get(p);
            int g = gp == null ? p : gp;
            parent.put(x, g);
            x = g;
        }
    }

    /** Joins the sets of {@code a} and {@code b}. */
    void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return;
        }
        int sa = size.getOrDefault(ra, 1);
        int sb = size.getOrDefault(rb, 1);
        if (sa < sb) {
            int t = ra;
            ra = rb;
            rb = t;
        }
        parent.put(rb, ra);
        parent.putIfAbsent(ra, ra);
        size.put(ra, sa + sb);
        size.remove(rb);
    }

    /** @return every element joined to another, by the representative of its set */
    Map<Integer, java.util.List<Integer>> groups() {
        Map<Integer, java.util.List<Integer>> groups = new HashMap<>();
        for (int x : parent.keySet()) {
            groups.computeIfAbsent(find(x), k -> new java.util.ArrayList<>()).add(x);
        }
        return groups;
    }
}
