package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A word list is looked up only where it is exactly a list of words, and then answers as its regular expression does. */
class WordListConditionTest {

    private static final List<String> WORDS = List.of("fee", "Fees", "FEE", "charge", "charges", "us$", "rs", "rs.",
            "Rs.", "feess", "fe", "ﬀee", "Ăla", "ăla", "K", "k", "kelvin", "\u212A", "taxă", "TAXĂ", "", "no", "No.");

    @Test
    void aListOfWordsWithOptionalLettersIsExpanded() {
        assertThat(WordListCondition.words(Pattern.compile("(?i)fees?|charges?|us\\$|rs\\.?")).folded())
                .containsExactlyInAnyOrder("fee", "fees", "charge", "charges", "us$", "rs", "rs.");
    }

    @Test
    void anythingMoreThanAListOfWordsKeepsItsRegularExpression() {
        for (String regex : List.of("(?i)organi[sz]ed", "(?i)\\d+|two", "(?i)a.c", "(?i)(am|pm)", "(?i)fees??", "(?i)a|",
                "(?i)x+", "(?i)a{2}", "(?i)^a", "(?u)(?i)a", "(?i)😀?")) {
            assertThat(WordListCondition.words(Pattern.compile(regex))).as(regex).isNull();
        }
        assertThat(WordListCondition.words(Pattern.compile("fee"))).as("case-sensitive").isNull();
        assertThat(WordListCondition.words(Pattern.compile("fee", Pattern.UNICODE_CASE))).as("Unicode case alone").isNull();
    }

    @Test
    void unicodeCaseFoldsEveryLetterAsTheExpressionDoes() {
        for (Pattern regex : List.of(Pattern.compile("(?iu)taxă|cọc|внесите"), Pattern.compile("(?ui)taxă|cọc|внесите"),
                Pattern.compile("taxă|cọc|внесите", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))) {
            WordListCondition.Words words = WordListCondition.words(regex);
            assertThat(words.fold()).as(regex.toString()).isEqualTo(WordListCondition.Fold.UNICODE);
            assertThat(words.contains("TAXĂ")).isTrue();
            assertThat(words.contains("Cọc")).isTrue();
            assertThat(words.contains("Внесите")).isTrue();
            assertThat(words.contains("taxa")).isFalse();
        }
        assertThat(WordListCondition.words(Pattern.compile("(?i)taxă")).contains("TAXĂ")).as("ASCII case only").isFalse();
    }

    @Test
    void aUnicodeListAnswersAsItsExpressionOnEveryCharacter() {
        // the Kelvin sign folds onto k, the long s onto s, final sigma onto sigma, dotted capital I onto i
        for (String regex : List.of("(?iu)k|s|σ|i|ı|ă|\\.|\\$|7", "(?iu)ks?|σς|ﬀ|ǅ")) {
            Pattern pattern = Pattern.compile(regex);
            WordListCondition.Words words = WordListCondition.words(pattern);
            assertThat(words).as(regex).isNotNull();
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                for (String token : List.of(String.valueOf((char) c), "k" + (char) c, (char) c + "ς")) {
                    assertThat(words.contains(token)).as(regex + " on U+%04X in %s", c, token).isEqualTo(pattern.matcher(token).matches());
                }
            }
        }
    }

    @Test
    void aUnicodeListKeepsItsExpressionWhereFoldingWouldAnswerOtherwise() {
        // capital sharp s folds onto ß, yet ß alone matches only itself
        assertThat(WordListCondition.words(Pattern.compile("(?iu)ß|fee"))).isNull();
    }

    @Test
    void theLookupAnswersAsTheTokenPatternDoes() {
        for (String pattern : List.of("[{word:/(?i)fees?|us\\$|rs\\.?|k|taxă|ăla/}]", "/(?i)charges?|no\\.?/",
                "[{word:/(?iu)fees?|us\\$|rs\\.?|k|taxă|ăla/}]", "[{word:/(?iu)fees?/} & {lemma:/(?iu)fe|fee/}]",
                "[{word:/(?i)fees?/} & {lemma:/(?i)fe|fee/}]", "[{word:/(?i)fees?/; tag:/NN.*/}]", "[!{word:/(?i)fee/}]")) {
            NodePattern<CoreMap> node = firstNode(pattern);
            var lookup = WordListCondition.tester(node);
            for (String w : WORDS) {
                CoreLabel token = token(w);
                assertThat(lookup.test(token)).as(pattern + " on " + w).isEqualTo(node.match(token));
            }
        }
    }

    @Test
    void aWordListPatternIsFoundOnlyForASingleCondition() {
        assertThat(WordListCondition.wordListOf(firstNode("[{lemma:/(?i)fee|cost/}]")).words().folded())
                .containsExactlyInAnyOrder("fee", "cost");
        assertThat(WordListCondition.wordListOf(firstNode("[{lemma:/(?iu)Phí|cost/}]")).words().folded())
                .containsExactlyInAnyOrder("phí", "cost");
        assertThat(WordListCondition.wordListOf(firstNode("[{word:/(?i)fees?/; tag:/NN.*/}]"))).isNull();
        assertThat(WordListCondition.wordListOf(firstNode("[{word:/(?i)organi[sz]e/}]"))).isNull();
    }

    private static NodePattern<CoreMap> firstNode(String pattern) {
        var env = TokenSequencePattern.getNewEnv();
        env.setDefaultStringPatternFlags(Pattern.CASE_INSENSITIVE);
        return RequiredNodes.starts(TokenSequencePattern.compile(env, pattern)).get(0);
    }

    private static CoreLabel token(String w) {
        CoreLabel token = new CoreLabel();
        token.setWord(w);
        token.setValue(w);
        token.setLemma(w.toLowerCase(java.util.Locale.ROOT));
        token.setTag(w.startsWith("F") ? "NNS" : "VB");
        return token;
    }
}
