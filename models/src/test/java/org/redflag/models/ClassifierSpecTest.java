package org.redflag.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import weka.classifiers.functions.LibLINEAR;
import weka.classifiers.meta.Bagging;
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
                .containsExactly("Bagging", "Bagging", "RandomForest");
        // the two bagged members are LibLINEAR logistic regressions, L2-regularised (type 0) and L1-regularised (type 6)
        assertThat(List.of(vote.getClassifiers()[0], vote.getClassifiers()[1]))
                .extracting(c -> ((LibLINEAR) ((Bagging) c).getClassifier()).getSVMType().getSelectedTag().getID())
                .containsExactly(0, 6);
    }
}
