package org.redflag.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MinHashTest {

    static final String AD = "We are hiring cleaners for a large hotel in the city centre. Shifts are eight hours, five days a week, "
            + "with one hour of paid break. You will clean rooms, corridors and the lobby, change linen and report damage. "
            + "Uniform and training are provided. Pay is weekly by bank transfer. Apply with your CV and two references.";

    static Set<String> shingles(String text) {
        String[] w = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        Set<String> s = new HashSet<>();
        for (int i = 0; i + MinHash.SHINGLE <= w.length; i++) {
            s.add(String.join(" ", List.of(w).subList(i, i + MinHash.SHINGLE)));
        }
        return s;
    }

    static double jaccard(String a, String b) {
        Set<String> x = shingles(a);
        Set<String> y = shingles(b);
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> any = new HashSet<>(x);
        any.addAll(y);
        return both.size() / (double) any.size();
    }

    @Test
    void theSignaturesEstimateTheJaccardSimilarityOfWordShingles() {
        String edited = AD.replace("large hotel", "small guest house").replace("weekly by bank transfer", "monthly in cash");
        String otherHalf = AD.substring(0, AD.indexOf("Uniform")) + "Drivers must hold a clean licence and know the ring road well.";
        for (String other : List.of(AD, edited, otherHalf)) {
            double exact = jaccard(AD, other);
            // 128 hash functions: the estimate's standard error is at most 0.045
            assertThat(MinHash.similarity(MinHash.signature(AD), MinHash.signature(other))).isCloseTo(exact, within(0.15));
        }
    }

    @Test
    void theSameTextGivesTheSameBandsAndNoTextGivesNone() {
        assertThat(MinHash.bands(MinHash.signature(AD))).hasSize(MinHash.BANDS).isEqualTo(MinHash.bands(MinHash.signature(AD)));
        assertThat(MinHash.signature(" ,. ")).isEmpty();
        assertThat(MinHash.bands(new int[0])).isEmpty();
        int[] sig = MinHash.signature(AD);
        byte[] bytes = MinHash.toBytes(sig);
        assertThat(MinHash.fromBytes(bytes, 0, bytes.length)).isEqualTo(sig);
    }
}
