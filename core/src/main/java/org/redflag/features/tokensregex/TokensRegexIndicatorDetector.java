package org.redflag.features.tokensregex;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.redflag.InputFile;
import org.redflag.RedflagException;
import org.redflag.features.Indicator;
import org.redflag.features.IndicatorDetector;
import org.redflag.features.IndicatorMatch;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.Span;
import org.redflag.nlp.Token;

/**
 * Detects indicators with CoreNLP TokensRegex rules over words, lemmas and tags. Each indicator
 * has its own rules file, {@code CODE.rules}, whose rules may return anything: a match is evidence
 * of that file's indicator. A match is dropped when a negation cue ({@code negation-cues.txt})
 * stands in the few tokens before it in the same clause ({@link NegationScope}: the reach of a cue
 * ends at the words and marks of {@code negation-boundaries.txt}, at list bullets and emoji), so
 * that "we never charge a fee" is no recruitment fee while in "No fee, passports kept by the
 * company" the passports still are retained; the rules for pledges start with the negation and so
 * match them.
 *
 * <p>The rules run on the stored tokens, not on a CoreNLP pipeline, so re-scoring a stored analysis
 * needs no annotator. A rule is only tried on the sentences that hold every token it requires
 * ({@link IndicatorRuleFile}); what is found is the same as trying every rule everywhere, at a
 * fraction of the cost.
 */
public final class TokensRegexIndicatorDetector implements IndicatorDetector {

    /** Where the rules that ship with Redflag lie on the class path. */
    public static final String RULES_ON_CLASSPATH = "org/redflag/features/rules/";

    /** The file of negation cues, one word a line. */
    public static final String NEGATION_CUES = "negation-cues.txt";

    /** The file of the words and marks that end a negation cue's reach, one a line. */
    public static final String NEGATION_BOUNDARIES = "negation-boundaries.txt";

    private final Map<Indicator, IndicatorRuleFile> ruleFiles;
    private final TokenTriggers triggers = new TokenTriggers();
    private final NegationScope negation;

    private TokensRegexIndicatorDetector(Map<Indicator, String> rules, NegationScope negation, boolean useTriggers) {
        this.ruleFiles = new EnumMap<>(Indicator.class);
        rules.forEach((indicator, text) -> ruleFiles.put(indicator, compile(indicator, text, triggers, useTriggers)));
        this.negation = negation;
    }

    /** @return the token patterns its rules require, and what each distinct token satisfies */
    TokenTriggers triggers() {
        return triggers;
    }

    /**
     * @return a detector with the rules that ship with Redflag that tries every rule on every
     *         sentence: slow, and the reference that the detector's trigger filter is checked against
     */
    public static TokensRegexIndicatorDetector withDefaultRulesUnfiltered() {
        return defaultRules(false);
    }

    /** @return a detector with the rules that ship with Redflag */
    public static TokensRegexIndicatorDetector withDefaultRules() {
        return defaultRules(true);
    }

    private static TokensRegexIndicatorDetector defaultRules(boolean useTriggers) {
        Map<Indicator, String> rules = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            String text = readResource(RULES_ON_CLASSPATH + i.name() + ".rules");
            if (text != null) {
                rules.put(i, text);
            }
        }
        NegationScope negation = NegationScope.of(readResource(RULES_ON_CLASSPATH + NEGATION_CUES),
                readResource(RULES_ON_CLASSPATH + NEGATION_BOUNDARIES));
        return new TokensRegexIndicatorDetector(rules, negation, useTriggers);
    }

    /**
     * Reads the rules from a folder: {@code CODE.rules} per indicator, {@code negation-cues.txt} and
     * {@code negation-boundaries.txt}. Indicators and lists without a file in the folder keep the
     * ones that ship with Redflag.
     *
     * @param dir the folder
     * @return the detector
     */
    public static TokensRegexIndicatorDetector withRulesFrom(Path dir) {
        InputFile.checkFolder(dir, "rules folder");
        checkRuleFileNames(dir);
        Map<Indicator, String> rules = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            Path file = dir.resolve(i.name() + ".rules");
            String text = Files.exists(file) ? readFile(file) : readResource(RULES_ON_CLASSPATH + i.name() + ".rules");
            if (text != null) {
                rules.put(i, text);
            }
        }
        NegationScope negation = NegationScope.of(fileOrShipped(dir, NEGATION_CUES), fileOrShipped(dir, NEGATION_BOUNDARIES));
        return new TokensRegexIndicatorDetector(rules, negation, true);
    }

    /**
     * A folder's files replace the shipped ones of the same name, so a misspelt name would leave the shipped rules in
     * place without a word: every {@code .rules} file must be named after an indicator code, and the folder must hold one
     * or a negation file.
     */
    private static void checkRuleFileNames(Path dir) {
        List<String> names;
        try (var files = Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".rules")).sorted().toList();
        } catch (IOException e) {
            throw new RedflagException("cannot read rules folder " + dir + ": " + e.getMessage(), e);
        }
        for (String name : names) {
            String code = name.substring(0, name.length() - ".rules".length());
            if (java.util.Arrays.stream(Indicator.values()).noneMatch(i -> i.name().equals(code))) {
                throw new RedflagException("rules file " + dir.resolve(name) + " is not named after an indicator code "
                        + "(CODE.rules, e.g. RECRUITMENT_FEE.rules)");
            }
        }
        if (names.isEmpty() && !Files.exists(dir.resolve(NEGATION_CUES)) && !Files.exists(dir.resolve(NEGATION_BOUNDARIES))) {
            throw new RedflagException("rules folder " + dir + " holds no rules file (CODE.rules, e.g. RECRUITMENT_FEE.rules), "
                    + NEGATION_CUES + " or " + NEGATION_BOUNDARIES);
        }
    }

    private static String fileOrShipped(Path dir, String name) {
        Path file = dir.resolve(name);
        return Files.exists(file) ? readFile(file) : readResource(RULES_ON_CLASSPATH + name);
    }

    private static IndicatorRuleFile compile(Indicator indicator, String rules, TokenTriggers triggers, boolean useTriggers) {
        Env env = TokenSequencePattern.getNewEnv();
        env.setDefaultStringPatternFlags(java.util.regex.Pattern.CASE_INSENSITIVE);
        env.setDefaultStringMatchFlags(java.util.regex.Pattern.CASE_INSENSITIVE);
        try {
            return IndicatorRuleFile.compile(env, rules, triggers, useTriggers);
        } catch (Exception e) {
            throw new RedflagException("rules of " + indicator + " do not parse: " + firstLine(e.getMessage()), e);
        } catch (Error e) {
            // TokensRegex reports lexical errors as its package-private TokenMgrError
            if (!e.getClass().getSimpleName().equals("TokenMgrError")) {
                throw e;
            }
            throw new RedflagException("rules of " + indicator + " do not parse: " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }

    private static String readResource(String name) {
        try (InputStream in = TokensRegexIndicatorDetector.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                return null;
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RedflagException("cannot read " + name + " from the class path: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a researcher's rules or negation file as the detector compiles it, and as the features' fingerprint
     * hashes it: UTF-8, its lines joined by line feeds, so that line ends change nothing.
     *
     * @param file the file
     * @return its text
     * @throws RedflagException when it cannot be read or is not UTF-8 text
     */
    public static String readFile(Path file) {
        try {
            return String.join("\n", Files.readString(file, StandardCharsets.UTF_8).lines().toList());
        } catch (CharacterCodingException e) {
            throw new RedflagException("cannot read rules file " + file + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new RedflagException("cannot read rules file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<IndicatorMatch> detect(AnalyzedAd ad) {
        List<CoreMap> sentences = sentences(ad);
        List<SentenceTriggers> present = new ArrayList<>(sentences.size());
        for (CoreMap sentence : sentences) {
            present.add(((SentenceTokens) sentence.get(CoreAnnotations.TokensAnnotation.class)).triggers());
        }
        List<IndicatorMatch> found = new ArrayList<>();
        for (var e : ruleFiles.entrySet()) {
            Indicator indicator = e.getKey();
            TreeMap<Integer, Span> spans = new TreeMap<>();
            for (int s = 0; s < sentences.size(); s++) {
                CoreMap sentence = sentences.get(s);
                List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
                for (MatchedExpression m : e.getValue().extract(sentence, present.get(s))) {
                    int begin = m.getCharOffsets().first();
                    int end = m.getCharOffsets().second();
                    if (negation.negates(tokens, begin)) {
                        continue;
                    }
                    spans.putIfAbsent(begin, ad.span(begin, end));
                }
            }
            if (!spans.isEmpty()) {
                found.add(new IndicatorMatch(indicator, new ArrayList<>(spans.values())));
            }
        }
        return found;
    }

    /** Rebuilds CoreNLP sentences from the stored tokens, so the rules need no pipeline. */
    private List<CoreMap> sentences(AnalyzedAd ad) {
        List<CoreMap> sentences = new ArrayList<>(ad.sentences().size());
        for (AnalyzedAd.Sentence s : ad.sentences()) {
            List<CoreLabel> labels = new ArrayList<>(s.endToken() - s.firstToken());
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                Token t = ad.tokens().get(i);
                CoreLabel l = new CoreLabel();
                l.setWord(t.word());
                l.setValue(t.word());
                l.setOriginalText(t.word());
                l.setLemma(t.lemma());
                l.setTag(t.tag());
                l.setNER(t.ner());
                l.setBeginPosition(t.begin());
                l.setEndPosition(t.end());
                l.set(CoreAnnotations.TokenBeginAnnotation.class, i);
                l.set(CoreAnnotations.TokenEndAnnotation.class, i + 1);
                labels.add(l);
            }
            if (labels.isEmpty()) {
                continue;
            }
            CoreMap sentence = new ArrayCoreMap();
            sentence.set(CoreAnnotations.TokensAnnotation.class, new SentenceTokens(labels, triggers));
            sentence.set(CoreAnnotations.TokenBeginAnnotation.class, s.firstToken());
            sentence.set(CoreAnnotations.TokenEndAnnotation.class, s.endToken());
            sentences.add(sentence);
        }
        return sentences;
    }
}
