package org.redflag.models;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.redflag.RedflagException;
import org.redflag.corpus.LabelledAd;
import org.redflag.features.AdFeatureExtractor;
import org.redflag.features.FeatureExtractor;
import org.redflag.features.IndicatorDetector;
import org.redflag.features.tokensregex.TokensRegexIndicatorDetector;
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

    /** @return a featurizer with Redflag's defaults, one thread per core */
    public static Featurizer withDefaults() {
        return withDetector(TokensRegexIndicatorDetector.withDefaultRules());
    }

    /**
     * @param rulesDir a folder of indicator rules that replace the shipped ones file by file
     * @return a featurizer with Redflag's defaults but these rules
     */
    public static Featurizer withRules(java.nio.file.Path rulesDir) {
        return withDetector(TokensRegexIndicatorDetector.withRulesFrom(rulesDir));
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
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<FeaturizedAd>> futures = new ArrayList<>(ads.size());
            for (LabelledAd ad : ads) {
                futures.add(pool.submit(() -> {
                    FeaturizedAd f = new FeaturizedAd(ad, features.extract(analyzer.analyze(ad.ad())));
                    progress.accept(done.incrementAndGet());
                    return f;
                }));
            }
            List<FeaturizedAd> result = new ArrayList<>(ads.size());
            for (Future<FeaturizedAd> f : futures) {
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
