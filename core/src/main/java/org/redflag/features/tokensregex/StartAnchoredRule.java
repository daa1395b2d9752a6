package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchResult;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.function.Function;

/**
 * A token rule that tries to match only at the tokens it can begin with. TokensRegex tries a rule at
 * every token of a sentence and allocates its matcher's state at each; most tokens satisfy none of the
 * patterns a match of the rule must begin with ({@link RequiredNodes#starts}), and there the attempt
 * cannot succeed. This rule goes through the sentence as TokensRegex does, left to right, each match
 * continuing after the previous one's end, but attempts a match only at the tokens that satisfy one of
 * the start patterns, so it finds the very same matches, in the same order, with the same values.
 *
 * <p>It replaces the extraction step inside a compiled TokensRegex rule, whose parts are read by
 * reflection; when they cannot be read (another CoreNLP version) the rule stays as it was.
 */
final class StartAnchoredRule implements SequenceMatchRules.ExtractRule<List<? extends CoreMap>, MatchedExpression> {

    private static final Parts PARTS = Parts.open();

    private final SequenceMatchRules.ExtractRule<List<? extends CoreMap>, MatchedExpression> whole;
    private final TokenSequencePattern pattern;
    private final Function<SequenceMatchResult<CoreMap>, MatchedExpression> extractor;
    private final boolean matchWithResult;
    private final int[] startIds;

    private StartAnchoredRule(SequenceMatchRules.ExtractRule<List<? extends CoreMap>, MatchedExpression> whole,
                              TokenSequencePattern pattern, Function<SequenceMatchResult<CoreMap>, MatchedExpression> extractor,
                              boolean matchWithResult, int[] startIds) {
        this.whole = whole;
        this.pattern = pattern;
        this.extractor = extractor;
        this.matchWithResult = matchWithResult;
        this.startIds = startIds;
    }

    /**
     * Makes a compiled token rule attempt matches only where it can begin.
     *
     * @param rule a plain token rule, as TokensRegex compiled it
     * @param startIds the trigger numbers of the patterns every match of the rule begins with
     * @return whether the rule now starts only there; false leaves it unchanged
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static boolean anchor(SequenceMatchRules.AnnotationExtractRule rule, int[] startIds) {
        if (PARTS == null || startIds.length == 0 || !(rule.pattern instanceof TokenSequencePattern pattern)
                || !(rule.extractRule instanceof SequenceMatchRules.CoreMapExtractRule coreMapRule)) {
            return false;
        }
        try {
            Object inner = PARTS.coreMapInner.get(coreMapRule);
            if (!(inner instanceof SequenceMatchRules.SequencePatternExtractRule sequenceRule)
                    || PARTS.sequencePattern.get(sequenceRule) != pattern) {
                return false;
            }
            SequenceMatcher.FindType findType = (SequenceMatcher.FindType) PARTS.findType.get(sequenceRule);
            if (findType != null && findType != SequenceMatcher.FindType.FIND_NONOVERLAPPING) {
                return false;
            }
            StartAnchoredRule anchored = new StartAnchoredRule(sequenceRule, pattern,
                    (Function<SequenceMatchResult<CoreMap>, MatchedExpression>) PARTS.extractor.get(sequenceRule),
                    PARTS.matchWithResult.getBoolean(sequenceRule), startIds);
            rule.extractRule = new SequenceMatchRules.CoreMapExtractRule<>((Env) PARTS.coreMapEnv.get(coreMapRule),
                    (Class) PARTS.coreMapField.get(coreMapRule), anchored);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean extract(List<? extends CoreMap> tokens, List<MatchedExpression> out) {
        if (!(tokens instanceof SentenceTokens sentence)) {
            return whole.extract(tokens, out);
        }
        SentenceTriggers triggers = sentence.triggers();
        StartMatcher matcher = new StartMatcher(pattern, tokens);
        matcher.setMatchWithResult(matchWithResult);
        boolean extracted = false;
        for (int start = 0; start < tokens.size(); start++) {
            if (triggers.anyAt(start, startIds) && matcher.findAt(start)) {
                out.add(extractor.apply(matcher));
                extracted = true;
                // as TokensRegex continues after a match: the next one starts at its end at the earliest
                start = Math.max(start, matcher.end()) - 1;
            }
        }
        return extracted;
    }

    /** A matcher that attempts a match beginning exactly at one token. */
    private static final class StartMatcher extends TokenSequenceMatcher {

        StartMatcher(TokenSequencePattern pattern, List<? extends CoreMap> tokens) {
            super(pattern, tokens);
        }

        boolean findAt(int start) {
            return find(start, true);
        }
    }

    /** The package-private parts of TokensRegex's compiled rules that an anchored rule is made of. */
    private record Parts(Field coreMapEnv, Field coreMapField, Field coreMapInner, Field sequencePattern,
                         Field extractor, Field findType, Field matchWithResult) {

        static Parts open() {
            try {
                Class<?> coreMap = SequenceMatchRules.CoreMapExtractRule.class;
                Class<?> sequence = SequenceMatchRules.SequencePatternExtractRule.class;
                Parts parts = new Parts(coreMap.getDeclaredField("env"), coreMap.getDeclaredField("annotationField"),
                        coreMap.getDeclaredField("extractRule"), sequence.getDeclaredField("pattern"),
                        sequence.getDeclaredField("extractor"), sequence.getDeclaredField("findType"),
                        sequence.getDeclaredField("matchWithResult"));
                for (Field f : List.of(parts.coreMapEnv, parts.coreMapField, parts.coreMapInner, parts.sequencePattern,
                        parts.extractor, parts.findType, parts.matchWithResult)) {
                    f.setAccessible(true);
                }
                return parts;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }
    }
}
