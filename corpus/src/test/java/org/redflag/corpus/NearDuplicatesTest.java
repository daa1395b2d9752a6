package org.redflag.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {

    @Test
    void aRepostWithSmallEditsJoinsTheGroupOfItsOriginal() {
        String original = "We are hiring cleaners for five star hotels in Dubai with free visa and ticket, salary paid monthly "
                + "after the probation period, apply with your documents at our office in Lahore before the end of the month.";
        String repost = original.replace("Lahore", "Karachi").replace("five star", "luxury");
        String other = "Software engineer for our Berlin office, Java and Kotlin, hybrid work, 60,000 EUR a year, "
                + "apply on our careers page with your CV and a short letter about a project you are proud of.";
        int[] groups = NearDuplicates.groups(List.of(original, other, repost), NearDuplicates.DEFAULT_THRESHOLD);
        assertThat(groups[2]).isEqualTo(groups[0]);
        assertThat(groups[1]).isNotEqualTo(groups[0]);
        assertThat(NearDuplicates.similarity(original, other)).isLessThan(0.1);
    }
}
