package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Test;
import weka.classifiers.meta.Vote;

class ClassifierSpecTest {

    @Test
    void theDefaultLearnerIsMadeWithItsThreeMembersAndWithoutWritingToStandardOutput() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        Vote vote;
        try {
            System.setOut(new PrintStream(printed, true));
            vote = (Vote) ClassifierSpec.DEFAULT.newClassifier();
        } finally {
            System.setOut(out);
        }
        // evaluate --json writes its JSON to standard output: a learner must not print there
        assertThat(printed.toString()).isEmpty();
        assertThat(vote.getClassifiers()).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("Bagging", "SGD", "RandomForest");
    }
}
