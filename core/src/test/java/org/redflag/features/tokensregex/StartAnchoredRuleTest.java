package org.redflag.features.tokensregex;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A rule attempted only at the tokens it can begin with finds what TokensRegex finds trying it at every
 * token: the same matches, overlaps resolved alike, for optional, repeated and alternative beginnings.
 */
class StartAnchoredRuleTest {

    private static final String RULES = String.join("\n",
            "{ ruleType: \"tokens\", pattern: ( /alpha/{0,8} /beta/ ), result: \"a\" }",
            "{ ruleType: \"tokens\", pattern: ( ( /gamma/ | /delta/ ) []{0,2} /eps/ ), result: \"b\" }",
            "{ ruleType: \"tokens\", pattern: ( /beta/? /zeta/ /zeta/ ), result: \"c\" }",
            "{ ruleType: \"tokens\", pattern: ( [{word:/(?i)ALPHA/}] /zeta/ ), result: \"d\" }");

    private static final List<String> SENTENCES = List.of(
            "x alpha alpha alpha beta y",
            "beta beta alpha beta",
            "x gamma y delta z eps eps",
            "zeta zeta beta zeta zeta zeta",
            "Alpha zeta alpha alpha beta zeta zeta",
            "x y z",
            "gamma eps delta eps alpha beta");

    @Test
    void findsWhatTryingEveryTokenFinds() throws Exception {
        TokenTriggers triggers = new TokenTriggers();
        IndicatorRuleFile anchored = IndicatorRuleFile.compile(env(), RULES, triggers, true);
        IndicatorRuleFile everywhere = IndicatorRuleFile.compile(env(), RULES, new TokenTriggers(), false);
        int matches = 0;
        for (String words : SENTENCES) {
            CoreMap sentence = sentence(words, triggers);
            SentenceTriggers present = ((SentenceTokens) sentence.get(CoreAnnotations.TokensAnnotation.class)).triggers();
            List<String> expected = found(everywhere.extract(sentence(words, new TokenTriggers()), null));
            assertThat(found(anchored.extract(sentence, present))).as(words).isEqualTo(expected);
            matches += expected.size();
        }
        assertThat(matches).isGreaterThan(8);
    }

    /** Without this, the comparison above would also pass with every rule left to try every token. */
    @Test
    void everyRuleOfTheFileIsAnchoredAtItsStarts() throws Exception {
        List<SequenceMatchRules.Rule> rules = new ArrayList<>();
        new TokenSequenceParser().updateExpressionExtractor(new CoreMapExpressionExtractor<MatchedExpression>(env()) {
            @Override
            public void appendRules(List<SequenceMatchRules.Rule> more) {
                rules.addAll(more);
                super.appendRules(more);
            }
        }, new StringReader(RULES));
        TokenTriggers triggers = new TokenTriggers();
        assertThat(rules).hasSize(4).allSatisfy(r -> {
            SequenceMatchRules.AnnotationExtractRule<?, ?> rule = (SequenceMatchRules.AnnotationExtractRule<?, ?>) r;
            int[] starts = RequiredNodes.starts((TokenSequencePattern) rule.pattern).stream().mapToInt(triggers::idOf).toArray();
            assertThat(StartAnchoredRule.anchor(rule, starts)).isTrue();
        });
    }

    private static Env env() {
        Env env = TokenSequencePattern.getNewEnv();
        env.setDefaultStringPatternFlags(java.util.regex.Pattern.CASE_INSENSITIVE);
        return env;
    }

    private static List<String> found(List<MatchedExpression> matches) {
        return matches.stream().map(m -> m.getText() + "=" + m.getValue().get() + "@" + m.getCharOffsets()).toList();
    }

    private static CoreMap sentence(String words, TokenTriggers triggers) {
        List<CoreLabel> labels = new ArrayList<>();
        int offset = 0;
        for (String w : words.split(" ")) {
            CoreLabel l = new CoreLabel();
            l.setWord(w);
            l.setValue(w);
            l.setOriginalText(w);
            l.setLemma(w);
            l.setTag("NN");
            l.setNER("O");
            l.setBeginPosition(offset);
            l.setEndPosition(offset + w.length());
            l.set(CoreAnnotations.TokenBeginAnnotation.class, labels.size());
            l.set(CoreAnnotations.TokenEndAnnotation.class, labels.size() + 1);
            labels.add(l);
            offset += w.length() + 1;
        }
        CoreMap sentence = new ArrayCoreMap();
        sentence.set(CoreAnnotations.TokensAnnotation.class, new SentenceTokens(labels, triggers));
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, labels.size());
        return sentence;
    }
}
