package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.ling.tokensregex.parser.TokenSequenceParser;
import edu.stanford.nlp.util.CoreMap;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One indicator's rules file, compiled, with the token patterns each of its rules requires (each
 * required pattern, and at least one of its first and one of its last patterns). On a sentence it
 * runs only the rules whose requirements the sentence's tokens meet, through an
 * extractor made of exactly those rules in the file's order. A rule left out could not have
 * matched, so the expressions found, and how TokensRegex resolves their overlaps, are those of
 * the whole file; a sentence where no rule can match costs nothing.
 *
 * Within a sentence, a plain token rule is attempted only at the tokens a match of it can begin
 * with ({@link StartAnchoredRule}).
 *
 * <p>A file with rules other than plain token rules (text, composite or filter rules, which see
 * other rules' results) always runs whole.
 */
final class IndicatorRuleFile {

    /** Rule subsets whose extractors are remembered per file; beyond that a sentence runs the whole file. */
    private static final int MAX_REMEMBERED_SUBSETS = 1024;

    /** How a rules file sets or reads TokensRegex's temporary tags: the {@code Tag}/{@code VTag} functions or {@code tags}. */
    private static final Pattern TAGGING = Pattern.compile("(?i)\\b(?:v?tag\\s*\\(|tags\\b)");

    private final Env env;
    private final CoreMapExpressionExtractor<MatchedExpression> whole;
    private final List<SequenceMatchRules.Rule> extractRules;
    /** Per rule, sets of trigger pattern numbers: the rule can match only where each set has a pattern present. */
    private final List<List<int[]>> required;
    private final boolean filtered;
    private final boolean keepsTags;
    private final Map<BitSet, CoreMapExpressionExtractor<MatchedExpression>> bySubset = new ConcurrentHashMap<>();

    private IndicatorRuleFile(Env env, RecordingExtractor whole, List<List<int[]>> required, boolean filtered,
                              boolean keepsTags) {
        this.env = env;
        this.whole = whole;
        this.extractRules = whole.extractRules;
        this.required = required;
        this.filtered = filtered;
        this.keepsTags = keepsTags;
    }

    /**
     * @param env the TokensRegex environment of this file alone
     * @param rules the file's text
     * @param triggers where the required token patterns of the rules are registered
     * @param useTriggers false to run every rule on every sentence (the reference the triggers are checked against)
     * @return the compiled file
     * @throws Exception what TokensRegex throws on a file it cannot parse
     */
    static IndicatorRuleFile compile(Env env, String rules, TokenTriggers triggers, boolean useTriggers) throws Exception {
        RecordingExtractor whole = new RecordingExtractor(env);
        new TokenSequenceParser().updateExpressionExtractor(whole, new StringReader(rules));
        boolean filtered = useTriggers;
        List<List<int[]>> required = new ArrayList<>();
        for (SequenceMatchRules.Rule r : whole.extractRules) {
            List<int[]> needs = new ArrayList<>();
            if (r instanceof SequenceMatchRules.AnnotationExtractRule<?, ?> rule && isPlainTokenRule(rule)) {
                TokenSequencePattern pattern = (TokenSequencePattern) rule.pattern;
                if (useTriggers) {
                    RequiredNodes.of(pattern).forEach(n -> needs.add(idsOf(List.of(n), triggers)));
                    RequiredNodes.alternatives(pattern).forEach(oneOf -> needs.add(idsOf(oneOf, triggers)));
                    StartAnchoredRule.anchor(rule, idsOf(RequiredNodes.starts(pattern), triggers));
                }
            } else {
                filtered = false;
            }
            required.add(needs);
        }
        // After each extraction TokensRegex walks every token's annotations to remove the temporary
        // tags rules may have set: a fifth of the matching time. A file that never mentions tags sets
        // none, so there is nothing to remove.
        boolean keepsTags = !TAGGING.matcher(rules).find();
        if (keepsTags) {
            whole.keepTemporaryTags();
        }
        return new IndicatorRuleFile(env, whole, required, filtered, keepsTags);
    }

    private static int[] idsOf(List<NodePattern<CoreMap>> nodes, TokenTriggers triggers) {
        return nodes.stream().mapToInt(triggers::idOf).distinct().sorted().toArray();
    }

    private static boolean isPlainTokenRule(SequenceMatchRules.AnnotationExtractRule<?, ?> rule) {
        return SequenceMatchRules.TOKEN_PATTERN_RULE_TYPE.equals(rule.ruleType) && !rule.isComposite
                && rule.hasTokensRegexPattern();
    }

    /**
     * @param sentence a sentence with its tokens
     * @param present the trigger patterns its tokens satisfy, asked as the rules need them
     * @return what the file's rules find in the sentence, exactly as the whole file would
     */
    List<MatchedExpression> extract(CoreMap sentence, SentenceTriggers present) {
        if (!filtered) {
            return whole.extractExpressions(sentence);
        }
        BitSet possible = new BitSet(required.size());
        for (int i = 0; i < required.size(); i++) {
            if (satisfied(required.get(i), present)) {
                possible.set(i);
            }
        }
        if (possible.isEmpty()) {
            return List.of();
        }
        if (possible.cardinality() == required.size()) {
            return whole.extractExpressions(sentence);
        }
        CoreMapExpressionExtractor<MatchedExpression> subset = bySubset.get(possible);
        if (subset == null) {
            if (bySubset.size() >= MAX_REMEMBERED_SUBSETS) {
                // the whole file finds the same, and costs less than building an extractor per sentence
                return whole.extractExpressions(sentence);
            }
            subset = bySubset.computeIfAbsent(possible, this::extractorOf);
        }
        return subset.extractExpressions(sentence);
    }

    private static boolean satisfied(List<int[]> needs, SentenceTriggers present) {
        for (int[] oneOf : needs) {
            if (!present.anyPresent(oneOf)) {
                return false;
            }
        }
        return true;
    }

    private CoreMapExpressionExtractor<MatchedExpression> extractorOf(BitSet rules) {
        List<SequenceMatchRules.Rule> chosen = new ArrayList<>(rules.cardinality());
        rules.stream().forEach(i -> chosen.add(extractRules.get(i)));
        // only extraction rules: the assignments were evaluated into the environment when the file was parsed
        CoreMapExpressionExtractor<MatchedExpression> subset = new CoreMapExpressionExtractor<>(env, chosen);
        if (keepsTags) {
            subset.keepTemporaryTags();
        }
        return subset;
    }

    /** An extractor that also keeps the extraction rules it is given, in order. */
    private static final class RecordingExtractor extends CoreMapExpressionExtractor<MatchedExpression> {
        private final List<SequenceMatchRules.Rule> extractRules = new ArrayList<>();

        RecordingExtractor(Env env) {
            super(env);
        }

        @Override
        public void appendRules(List<SequenceMatchRules.Rule> rules) {
            for (SequenceMatchRules.Rule r : rules) {
                if (!(r instanceof SequenceMatchRules.AssignmentRule)) {
                    extractRules.add(r);
                }
            }
            super.appendRules(rules);
        }
    }
}
