package org.redflag;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.redflag.ad.JobAd;
import org.redflag.ad.RawPage;
import org.redflag.ad.Words;
import org.redflag.classify.RiskAssessment;
import org.redflag.classify.RiskLevel;
import org.redflag.classify.RiskModel;
import org.redflag.classify.weka.ModelFiles;
import org.redflag.features.AdFeatureExtractor;
import org.redflag.features.FeatureFingerprint;
import org.redflag.features.FeatureSnapshot;
import org.redflag.features.FeatureExtractor;
import org.redflag.features.FeatureVector;
import org.redflag.features.IndicatorDetector;
import org.redflag.features.sentences.SentenceModelDetector;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.TextAnalyzer;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;
import org.redflag.scrape.AdExtractor;
import org.redflag.scrape.jsoup.JsoupAdExtractor;

/**
 * The library's entry point: assesses job ads for signs of labour trafficking and recruitment fraud.
 *
 * <pre>{@code
 * Redflag redflag = Redflag.builder().build();          // CoreNLP, the shipped rules, the default model
 * RiskAssessment a = redflag.assess(JobAd.builder().title("Cleaner").description(text).build());
 * a.level();        // LOW, MEDIUM or HIGH
 * a.indicators();   // e.g. RECRUITMENT_FEE, with the exact text that shows it
 * }</pre>
 *
 * A Redflag is thread-safe and expensive to build (it loads CoreNLP's models): build one and share it. Its methods
 * refuse a null argument at once, with a {@link NullPointerException} that names the parameter.
 */
public final class Redflag {

    private final TextAnalyzer analyzer;
    private final FeatureExtractor features;
    private final RiskModel model;
    private final AdExtractor extractor;
    /** What this Redflag's features come from; null for a detector given as an object, whose rules are unknown. */
    private final String fingerprint;
    /** How long analysing one ad may take; null for no limit. */
    private final AnalysisTimeLimit timeLimit;

    private Redflag(Builder b) {
        b.checkPaths();
        this.timeLimit = b.analysisTimeLimit;
        IndicatorDetector detector = b.detector != null ? b.detector : SentenceModelDetector.of(b.rulesDir, b.sentenceModel);
        this.features = new AdFeatureExtractor(detector);
        this.fingerprint = b.detector != null ? null : FeatureFingerprint.of(b.rulesDir, b.sentenceModel);
        this.model = b.model != null ? b.model : b.modelFile != null ? ModelFiles.read(b.modelFile) : ModelFiles.readDefault();
        this.extractor = b.extractor != null ? b.extractor : new JsoupAdExtractor();
        // CoreNLP last: it takes seconds to load, and a mistyped rules or model path is told without that wait
        this.analyzer = b.analyzer != null ? b.analyzer : CoreNlpTextAnalyzer.withDefaults();
    }

    /**
     * The most characters of text an ad may have to be analysed: ten times the longest ad of the team's corpus and
     * of EMSCAD's sample, a few seconds of CoreNLP. A page of megabytes is no job ad, and would hold a scan for minutes.
     */
    public static final int MAX_AD_CHARACTERS = 100_000;

    /**
     * The fewest words an ad's {@linkplain JobAd#prose() prose} (title, description, requirements and benefits) must
     * have for the ad to be assessed ({@link Words}; its employer, place, pay and contacts are not counted). A score
     * of fewer says nothing: the model has learnt that short ads are often scams (EMSCAD's shortest ad, of 7 words,
     * is one), so "Position filled" or "Apply now", pages a board leaves where an ad was, would come out high risk;
     * and a person reads four words faster than a report. Labelled ads are longer: EMSCAD's sample 7 words and
     * more, the team's corpus 8.
     */
    public static final int MIN_AD_WORDS = 5;

    /** @return a builder with every stage at its default */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Analyses, extracts features and scores one ad.
     *
     * @param ad the ad
     * @return its assessment
     * @throws NullPointerException when {@code ad} is null
     * @throws AdRefusedException when the ad has no {@linkplain JobAd#prose() prose} (title, description, requirements
     *         or benefits) to assess, fewer than {@link #MIN_AD_WORDS} words of it, or more than
     *         {@link #MAX_AD_CHARACTERS} characters of text in all its fields, or was not analysed within the
     *         {@linkplain Builder#analysisTimeLimit time limit}
     * @throws RedflagException when this Redflag's model cannot score the ad
     */
    public RiskAssessment assess(JobAd ad) {
        return rescore(analyze(ad));
    }

    /**
     * Finds the job ad in an HTML page and assesses it: {@code assess(extract(html, url))}. The assessment's evidence
     * spans index the fields of the ad {@link #extract(String, URI)} gives for the same page, not the HTML: to highlight
     * the evidence, extract the ad and assess it.
     *
     * @param html the page
     * @param url where the page comes from, as for {@link #extract(String, URI)}
     * @return the ad's assessment
     * @throws NullPointerException when {@code html} or {@code url} is null
     * @throws IllegalArgumentException when {@code url} is relative or opaque
     * @throws RedflagException when the page holds no job ad or is not text
     * @throws AdRefusedException when the page's ad is refused, as by {@link #assess(JobAd)}
     */
    public RiskAssessment assess(String html, URI url) {
        return assess(extract(html, url));
    }

    /**
     * Finds the job ad in an HTML page, with this Redflag's {@linkplain #extractor() extractor}: schema.org
     * {@code JobPosting} data where the page has it, else its main text. The ad's fields are text as a person reads it
     * ({@code &nbsp;} a space, runs of whitespace one), the text an assessment's evidence spans index.
     *
     * @param html the page
     * @param url where the page comes from: an absolute, hierarchical URL such as {@code https://jobs.example/ad/1} or
     *     {@code file:/pages/ad-1.html}; the ad's id is derived from its host, path and query
     * @return the ad
     * @throws NullPointerException when {@code html} or {@code url} is null
     * @throws IllegalArgumentException when {@code url} is relative ({@code ad/1}, empty) or opaque ({@code mailto:},
     *     {@code javascript:}, {@code data:}, {@code urn:}): no page comes from there
     * @throws RedflagException when the page holds no job ad or is not text
     */
    public JobAd extract(String html, URI url) {
        Objects.requireNonNull(html, "html");
        checkPageUrl(Objects.requireNonNull(url, "url"));
        RawPage page = new RawPage(url, 200, "text/html; charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), Instant.now());
        return extractor.extract(page, null).orElseThrow(() -> new RedflagException("no job ad found in " + url));
    }

    /**
     * A page comes from an absolute, hierarchical URL: the ad's id hashes its path, which a relative URL may lack and an
     * opaque one has not. The command line fetches only http and https; a page given as text may come from a file too.
     */
    private static void checkPageUrl(URI url) {
        if (!url.isAbsolute()) {
            throw new IllegalArgumentException("the page's URL \"" + url + "\" is relative: give the absolute URL it "
                    + "comes from, such as https://jobs.example/ad/1");
        }
        if (url.isOpaque()) {
            throw new IllegalArgumentException("the page's URL " + url + " is no page's address (a " + url.getScheme()
                    + ": URL): give the URL it comes from, such as https://jobs.example/ad/1");
        }
    }

    /**
     * The expensive stage alone: linguistic analysis.
     *
     * @param ad the ad
     * @return its analysis, to store and re-score later
     * @throws NullPointerException when {@code ad} is null
     * @throws AdRefusedException when the ad has no {@linkplain JobAd#prose() prose} (title, description, requirements
     *         or benefits) to assess, fewer than {@link #MIN_AD_WORDS} words of it, or more than
     *         {@link #MAX_AD_CHARACTERS} characters of text in all its fields, or was not analysed within the
     *         {@linkplain Builder#analysisTimeLimit time limit}
     */
    public AnalyzedAd analyze(JobAd ad) {
        Objects.requireNonNull(ad, "ad");
        String id = ad.id().isEmpty() ? "(without id)" : ad.id();
        if (ad.isEmpty()) {
            throw new AdRefusedException("ad " + id + " has no text to assess (no title, description, requirements or benefits)");
        }
        String text = AnalyzedAd.joinedText(ad);
        if (text.length() > MAX_AD_CHARACTERS) {
            throw new AdRefusedException(String.format(Locale.ROOT, "ad %s has %,d characters of text, more than "
                    + "the %,d one job ad may have: it is not analysed", id, text.length(), MAX_AD_CHARACTERS));
        }
        // a page that keeps its employer, place and pay but says "Position filled" is still no ad to judge
        int words = Words.count(ad.prose());
        if (words < MIN_AD_WORDS) {
            throw new AdRefusedException("ad " + id + " has " + words + (words == 1 ? " word" : " words")
                    + " of text, fewer than the " + MIN_AD_WORDS + " an ad needs to be assessed: too little to judge");
        }
        if (timeLimit == null) {
            return analyzer.analyze(ad);
        }
        return timeLimit.run(() -> analyzer.analyze(ad), () -> new AdRefusedException(String.format(Locale.ROOT,
                "ad %s was not analysed within %s (CoreNLP's tagger is slow on tokens it has never seen, such as emoji "
                        + "or made-up words): it is not assessed", id, humanly(timeLimit.limit()))));
    }

    private static String humanly(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    /**
     * Scores a stored analysis again, without re-running the analyser: how a new model re-scores the index.
     *
     * @param analysis an ad's analysis
     * @return its assessment under this Redflag's rules and model
     * @throws NullPointerException when {@code analysis} is null
     * @throws RedflagException when this Redflag's model cannot score the ad
     */
    public RiskAssessment rescore(AnalyzedAd analysis) {
        Objects.requireNonNull(analysis, "analysis");
        return score(analysis.ad().id(), features.extract(analysis));
    }

    /**
     * Computes an ad's features from its analysis, with the fingerprint of the rules that computed
     * them, to store with the ad ({@link org.redflag.index.AdIndex#store(AnalyzedAd, FeatureSnapshot, RiskAssessment)}).
     *
     * @param analysis an ad's analysis
     * @return its features
     * @throws NullPointerException when {@code analysis} is null
     */
    public FeatureSnapshot featuresOf(AnalyzedAd analysis) {
        Objects.requireNonNull(analysis, "analysis");
        return new FeatureSnapshot(features.extract(analysis), fingerprint);
    }

    /**
     * Scores features with this Redflag's model alone: the cheap part of re-scoring, when the stored
     * features are {@linkplain FeatureSnapshot#reusableUnder reusable} under {@link #featureFingerprint()}.
     *
     * @param adId the ad's id
     * @param vector its features
     * @return its assessment under this Redflag's model, with the indicators of the features
     * @throws NullPointerException when {@code adId} or {@code vector} is null
     * @throws RedflagException when this Redflag's model cannot score the features
     */
    public RiskAssessment score(String adId, FeatureVector vector) {
        Objects.requireNonNull(adId, "adId");
        Objects.requireNonNull(vector, "vector");
        double risk = model.risk(vector);
        return new RiskAssessment(adId, risk, RiskLevel.of(risk, model.card()), vector.indicators(), model.card().id());
    }

    /**
     * @return the fingerprint of this Redflag's rules and feature code ({@link FeatureFingerprint}); null when
     *         it was built with a {@link Builder#detector detector} object, whose rules it cannot see: its stored
     *         features are then never reused
     */
    public String featureFingerprint() {
        return fingerprint;
    }

    /** @return the feature extractor, for training models with the very same features */
    public FeatureExtractor features() {
        return features;
    }

    /** @return the model that scores */
    public RiskModel model() {
        return model;
    }

    /** @return the extractor that finds ads in pages */
    public AdExtractor extractor() {
        return extractor;
    }

    /** Builds a {@link Redflag}; every stage left unset takes its default. */
    public static final class Builder {
        private TextAnalyzer analyzer;
        private IndicatorDetector detector;
        private Path rulesDir;
        private Path sentenceModel;
        private RiskModel model;
        private Path modelFile;
        private AdExtractor extractor;
        private AnalysisTimeLimit analysisTimeLimit;

        private Builder() {
        }

        /** @param analyzer the analyser (default: CoreNLP with tokenize, ssplit, pos, lemma) */
        public Builder analyzer(TextAnalyzer analyzer) { this.analyzer = analyzer; return this; }

        /** @param detector the indicator detector (default: the shipped TokensRegex rules and indicator-sentence model) */
        public Builder detector(IndicatorDetector detector) { this.detector = detector; return this; }

        /** @param dir a folder of TokensRegex rule files that replace the shipped ones, file by file */
        public Builder rules(Path dir) { this.rulesDir = dir; return this; }

        /** @param file an indicator-sentence model file that replaces the shipped one, beside the rules */
        public Builder sentenceModel(Path file) { this.sentenceModel = file; return this; }

        /** @param model the risk model (default: the model in the redflag-models jar) */
        public Builder model(RiskModel model) { this.model = model; return this; }

        /** @param file a model file written by {@code redflag train} */
        public Builder model(Path file) { this.modelFile = file; return this; }

        /** @param extractor finds ads in pages (default: jsoup) */
        public Builder extractor(AdExtractor extractor) { this.extractor = extractor; return this; }

        /**
         * @param limit how long analysing one ad may take before the ad is refused ({@link AdRefusedException}); a
         *     typical ad takes milliseconds, but CoreNLP's tagger spends 5 to 10 ms on each token it has never seen
         *     (default: no limit)
         * @return this builder
         * @throws IllegalArgumentException when {@code limit} is zero or negative
         */
        public Builder analysisTimeLimit(Duration limit) {
            this.analysisTimeLimit = new AnalysisTimeLimit(limit);
            return this;
        }

        /** Tells a mistyped path at once, before the seconds that loading rules, models and CoreNLP take. */
        private void checkPaths() {
            if (rulesDir != null) {
                InputFile.checkFolder(rulesDir, "rules folder");
            }
            if (sentenceModel != null) {
                InputFile.checkRegular(sentenceModel, "indicator-sentence model");
            }
            if (modelFile != null) {
                InputFile.checkRegular(modelFile, "model file");
            }
        }

        /**
         * @return the Redflag
         * @throws RedflagException when a model or rules file cannot be loaded; a path that names no file or folder
         *     is told before anything is loaded
         */
        public Redflag build() {
            return new Redflag(this);
        }
    }
}
