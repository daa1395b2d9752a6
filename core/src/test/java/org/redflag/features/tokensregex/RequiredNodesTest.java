package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rule is skipped on a sentence only for a token it cannot match without: never for an optional or alternative part. */
class RequiredNodesTest {

    private static List<String> requiredWords(String pattern) {
        List<NodePattern<CoreMap>> nodes = RequiredNodes.of(TokenSequencePattern.compile(pattern));
        List<String> words = new ArrayList<>();
        for (String w : List.of("alpha", "beta", "gamma", "delta", "eps", "zeta")) {
            CoreLabel token = new CoreLabel();
            token.setWord(w);
            token.setValue(w);
            token.setLemma(w);
            token.setTag("NN");
            if (nodes.stream().anyMatch(n -> n.match(token))) {
                words.add(w);
            }
        }
        return words;
    }

    @Test
    void everyPlainStepOfASequenceIsRequired() {
        assertThat(requiredWords("/alpha/ /beta/ /gamma/")).containsExactly("alpha", "beta", "gamma");
    }

    @Test
    void optionalPartsAndAlternativesAreNot() {
        assertThat(requiredWords("/alpha/ /beta/? ( /gamma/ | /delta/ ) /eps/")).containsExactly("alpha", "eps");
        assertThat(requiredWords("/alpha/ /beta/{0,3} /eps/")).containsExactly("alpha", "eps");
        assertThat(requiredWords("/alpha/ []{0,12} /eps/")).containsExactly("alpha", "eps");
        assertThat(requiredWords("( /alpha/ | /beta/ /gamma/ )")).isEmpty();
    }

    @Test
    void aRepeatedPartIsRequiredOnlyWhenItMustOccur() {
        assertThat(requiredWords("/alpha/+ /eps/")).containsExactly("alpha", "eps");
        assertThat(requiredWords("/alpha/* /eps/")).containsExactly("eps");
    }
}
