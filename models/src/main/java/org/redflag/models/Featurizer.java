package org.redflag.models;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;
import org.redflag.RedflagException;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.AdFeatureExtractor;
import org.redflag.features.FeatureExtractor;
import org.redflag.features.IndicatorDetector;
import org.redflag.features.sentences.SentenceModelDetector;
import org.redflag.features.tokensregex.TokensRegexIndicatorDetector;
import org.redflag.nlp.AnalyzedAd;
import org.redflag.nlp.TextAnalyzer;
import org.redflag.nlp.corenlp.CoreNlpTextAnalyzer;

/**
 * Analyses labelled ads and extracts their features, on several threads, reporting progress. Uses
 * the same analyser and feature extractor as {@link org.redflag.Redflag}, so a model sees at training
 * exactly what it sees when it scores.
 */
public final class Featurizer {

    private final TextAnalyzer analyzer;
    private final FeatureExtractor features;
    private final int threads;

    /**
     * @param analyzer the analyser
     * @param features the feature extractor
     * @param threads how many ads to analyse at once
     */
    public Featurizer(TextAnalyzer analyzer, FeatureExtractor features, int threads) {
        this.analyzer = analyzer;
        this.features = features;
        this.threads = Math.max(1, threads);
    }

    /** @return a featurizer with Redflag's defaults (the shipped rules and sentence model), one thread per core */
    public static Featurizer withDefaults() {
        return withDetection(null, null);
    }

    /**
     * @param rulesDir a folder of indicator rules that replace the shipped ones file by file, or null for the shipped rules
     * @param sentenceModel an indicator-sentence model file, or null for the shipped model
     * @return a featurizer with Redflag's defaults but these rules and this sentence model
     */
    public static Featurizer withDetection(Path rulesDir, Path sentenceModel) {
        return withDetector(SentenceModelDetector.of(rulesDir, sentenceModel));
    }

    /** @return a featurizer whose indicators come from the shipped rules alone: what a sentence model is trained beside */
    public static Featurizer withRulesOnly() {
        return withDetector(TokensRegexIndicatorDetector.withDefaultRules());
    }

    private static Featurizer withDetector(IndicatorDetector detector) {
        return new Featurizer(CoreNlpTextAnalyzer.withDefaults(), new AdFeatureExtractor(detector),
                Runtime.getRuntime().availableProcessors());
    }

    /** @return the feature extractor */
    public FeatureExtractor features() {
        return features;
    }

    /** @return the analyser's name, for model cards */
    public String analyzerName() {
        return analyzer.name();
    }

    /**
     * @param ads the ads
     * @param progress told how many ads are done, now and then
     * @return the ads with their features, in input order
     */
    public List<FeaturizedAd> featurize(List<LabelledAd> ads, IntConsumer progress) {
        return eachAd(ads, ad -> new FeaturizedAd(ad, features.extract(analyzer.analyze(ad.ad()))), progress);
    }

    /**
     * @param ads the ads
     * @param progress told how many ads are done, now and then
     * @return the ads' analyses, in input order
     */
    public List<AnalyzedAd> analyse(List<LabelledAd> ads, IntConsumer progress) {
        return eachAd(ads, ad -> analyzer.analyze(ad.ad()), progress);
    }

    private <T> List<T> eachAd(List<LabelledAd> ads, Function<LabelledAd, T> work, IntConsumer progress) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<T>> futures = new ArrayList<>(ads.size());
            for (LabelledAd ad : ads) {
                futures.add(pool.submit(() -> {
                    T result = work.apply(ad);
                    progress.accept(done.incrementAndGet());
                    return result;
                }));
            }
            List<T> result = new ArrayList<>(ads.size());
            for (Future<T> f : futures) {
                result.add(f.get());
            }
            return result;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedflagException("interrupted while analysing ads", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException re ? re : new RedflagException("cannot analyse ads: " + cause, cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
