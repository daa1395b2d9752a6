package org.redflag.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.TextAnalyzer;
import org.redflag.nlp.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyses ads with a Stanford CoreNLP pipeline. The pipeline is built once per set of
 * properties and shared by every analyser with the same properties; CoreNLP's annotators are
 * thread-safe, so one instance serves all threads. A sentence CoreNLP ends at a number abbreviation
 * ("licence No. ABC-12") is joined to the code after it ({@link NumberAbbreviations}). CoreNLP lowercases words with the
 * JVM's default locale: under one that lowercases "I" otherwise than the root locale (Turkish, Azerbaijani) a warning
 * says so when a pipeline is built ({@link LocaleCaseMapping}); the command line runs under the root locale.
 */
public final class CoreNlpTextAnalyzer implements TextAnalyzer {

    /** The default annotators: tokens, sentences, part of speech and lemmas; no statistical NER. */
    public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma";

    private static final Map<Properties, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();
    private static final Logger LOG = LoggerFactory.getLogger(CoreNlpTextAnalyzer.class);

    private final StanfordCoreNLP pipeline;
    private final String name;

    private CoreNlpTextAnalyzer(Properties props) {
        this.pipeline = PIPELINES.computeIfAbsent(props, CoreNlpTextAnalyzer::load);
        this.name = "corenlp:" + props.getProperty("annotators");
    }

    /** @return an analyser with {@link #DEFAULT_ANNOTATORS} */
    public static CoreNlpTextAnalyzer withDefaults() {
        return withAnnotators(DEFAULT_ANNOTATORS);
    }

    /**
     * @param annotators CoreNLP annotator names, comma-separated
     * @return an analyser that runs them
     */
    public static CoreNlpTextAnalyzer withAnnotators(String annotators) {
        return withProperties(properties(annotators));
    }

    /**
     * The properties Redflag runs CoreNLP with: a line break ends a sentence, untokenizable
     * characters are kept, and NER (when asked for) runs without SUTime, fine-grained classes or
     * entity mentions.
     *
     * @param annotators CoreNLP annotator names, comma-separated
     * @return a fresh copy of the properties, to adjust before {@link #withProperties}
     */
    public static Properties properties(String annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators);
        // a line of an ad (a bullet, a heading, "Salary: ...") is a unit of its own, and blank lines
        // separate the fields: no sentence, rule match or evidence runs from one line into the next
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        return props;
    }

    /**
     * @param props CoreNLP properties, {@code annotators} included
     * @return an analyser with exactly these properties
     */
    public static CoreNlpTextAnalyzer withProperties(Properties props) {
        return new CoreNlpTextAnalyzer(props);
    }

    private static StanfordCoreNLP load(Properties props) {
        if (!LocaleCaseMapping.agreesWithRoot(Locale.getDefault())) {
            LOG.warn(LocaleCaseMapping.warning(Locale.getDefault()));
        }
        try {
            return new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new RedflagException("cannot start CoreNLP with annotators " + props.getProperty("annotators")
                    + ": " + e.getMessage() + " (is stanford-corenlp's models jar on the class path?)", e);
        }
    }

    @Override
    public AnalyzedAd analyze(JobAd ad) {
        String text = AnalyzedAd.joinedText(ad);
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        List<List<Token>> split = new ArrayList<>();
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<Token> sentenceTokens = new ArrayList<>();
            for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
                sentenceTokens.add(new Token(t.originalText(), orElse(t.lemma(), t.word()), orElse(t.tag(), ""),
                        orElse(t.ner(), "O"), t.beginPosition(), t.endPosition()));
            }
            split.add(sentenceTokens);
        }
        List<Token> tokens = new ArrayList<>();
        List<AnalyzedAd.Sentence> sentences = new ArrayList<>();
        for (List<Token> sentence : NumberAbbreviations.mend(text, split)) {
            int first = tokens.size();
            tokens.addAll(sentence);
            sentences.add(new AnalyzedAd.Sentence(first, tokens.size()));
        }
        return new AnalyzedAd(ad, text, AnalyzedAd.sectionsOf(ad), tokens, sentences, name);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    @Override
    public String name() {
        return name;
    }
}
