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
        return wordsOf(RequiredNodes.of(TokenSequencePattern.compile(pattern)));
    }

    private static List<List<String>> alternativeWords(String pattern) {
        return RequiredNodes.alternatives(TokenSequencePattern.compile(pattern)).stream().map(RequiredNodesTest::wordsOf).toList();
    }

    private static List<String> wordsOf(List<NodePattern<CoreMap>> nodes) {
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

    @Test
    void aRuleNeedsOneOfItsFirstAndOneOfItsLastAlternatives() {
        assertThat(alternativeWords("( /alpha/ | /beta/ ) /gamma/* ( /delta/ | /eps/ )"))
                .containsExactly(List.of("alpha", "beta"), List.of("delta", "eps"));
        assertThat(alternativeWords("/alpha/? /beta/ /gamma/?")).containsExactly(List.of("alpha", "beta"), List.of("beta", "gamma"));
        assertThat(alternativeWords("/alpha/* /beta/?")).isEmpty();
    }

    private static List<String> startWords(String pattern) {
        return wordsOf(RequiredNodes.starts(TokenSequencePattern.compile(pattern)));
    }

    @Test
    void aMatchBeginsWithOneOfItsFirstPatternsOptionalOrRepeatedOnesIncluded() {
        assertThat(startWords("/alpha/ /beta/ /gamma/")).containsExactly("alpha");
        assertThat(startWords("( /alpha/ | /beta/ ) /gamma/")).containsExactly("alpha", "beta");
        assertThat(startWords("/alpha/? /beta/")).containsExactly("alpha", "beta");
        assertThat(startWords("/alpha/{0,8} /beta/")).containsExactly("alpha", "beta");
        // a repetition's body is walked into even when it must occur: more starts than needed, never fewer
        assertThat(startWords("( /alpha/ /beta/ ){2,9} /gamma/")).contains("alpha");
    }

    @Test
    void noStartIsKnownWhereAMatchCanBeginWithoutAToken() {
        assertThat(startWords("/alpha/*")).isEmpty();
        assertThat(startWords("/alpha/? /beta/?")).isEmpty();
        assertThat(startWords("^ /alpha/ /beta/")).isEmpty();
    }
}
