package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.redflag.ad.JobAd;
import org.redflag.corpus.Label;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.FeatureVector;

/** The grouped fold assignment that every cross-validation, and {@code evaluate --seed}, rests on. */
class ModelEvaluatorTest {

    private static final List<String> WORDS = List.of("warehouse", "driver", "nurse", "cook", "teacher", "welder",
            "cleaner", "accountant", "painter", "baker", "tailor", "guard", "clerk", "plumber", "farmer", "chef", "porter",
            "miner", "pilot", "barber");

    /** 40 distinct ads, half of them risky, and a near-copy of each of the first four. */
    private static List<FeaturizedAd> ads() {
        List<FeaturizedAd> ads = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ads.add(ad("ad-" + i, description(i), i % 2 == 0));
        }
        for (int i = 0; i < 4; i++) {
            ads.add(ad("copy-" + i, description(i) + " apply today", i % 2 == 0));
        }
        return ads;
    }

    private static String description(int i) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 12; k++) {
            sb.append(WORDS.get((i * 7 + k * (i % 5 + 1)) % WORDS.size())).append(' ').append(i).append('-').append(k).append(' ');
        }
        return sb.toString().strip();
    }

    private static FeaturizedAd ad(String id, String description, boolean risky) {
        JobAd ad = JobAd.builder().id(id).title("job " + id).description(description).build();
        LabelledAd labelled = new LabelledAd(ad, risky ? Label.FRAUDULENT : Label.LEGITIMATE, List.of(), List.of(), false, "", id);
        return new FeaturizedAd(labelled, new FeatureVector(description, Map.of(), List.of()));
    }

    @Test
    void aSeedAlwaysDealsTheSameFoldsAndAnotherSeedOtherFolds() {
        List<FeaturizedAd> ads = ads();
        assertThat(ModelEvaluator.assignFolds(ads, 5, 42)).containsExactly(ModelEvaluator.assignFolds(ads, 5, 42));
        assertThat(ModelEvaluator.assignFolds(ads, 5, 7)).isNotEqualTo(ModelEvaluator.assignFolds(ads, 5, 42));
    }

    @Test
    void everySeedKeepsNearCopiesTogetherAndBalancesTheClasses() {
        List<FeaturizedAd> ads = ads();
        for (long seed : new long[] {42, 7, 11}) {
            int[] fold = ModelEvaluator.assignFolds(ads, 5, seed);
            for (int i = 0; i < 4; i++) {
                assertThat(fold[40 + i]).as("seed %d, copy of ad %d", seed, i).isEqualTo(fold[i]);
            }
            for (int k = 0; k < 5; k++) {
                int risky = 0, legitimate = 0;
                for (int i = 0; i < ads.size(); i++) {
                    if (fold[i] == k) {
                        if (ads.get(i).risky()) risky++;
                        else legitimate++;
                    }
                }
                assertThat(risky).as("seed %d, risky ads in fold %d", seed, k).isBetween(4, 6);
                assertThat(legitimate).as("seed %d, legitimate ads in fold %d", seed, k).isBetween(4, 6);
            }
        }
    }
}
