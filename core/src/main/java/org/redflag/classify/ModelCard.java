package org.redflag.classify;

import java.util.List;
import java.util.Map;

/**
 * What a model is and where it comes from, saved beside every model.
 *
 * @param id a short unique id, e.g. {@code redflag-default-2026-11-28-3f9a1c}
 * @param classifier the Weka classifier's class and options
 * @param featureNames the numeric features the model was trained on, in order
 * @param textFeatures how the ad's text was turned into features
 * @param highThreshold risk at or above which an ad is HIGH (the decision threshold, chosen on validation data)
 * @param mediumThreshold risk at or above which an ad is MEDIUM
 * @param trainingData the files the model was trained on
 * @param labelCounts how many training ads had each label
 * @param metrics measured quality, by name (e.g. {@code validation.f1})
 * @param versions versions of Redflag, Weka, CoreNLP and Java at training time
 * @param analyzer the analyser the training ads went through
 * @param created when the model was trained, ISO-8601
 * @param command the command that rebuilds the model
 * @param modelSha256 SHA-256 of the serialized classifier
 */
public record ModelCard(String id, String classifier, List<String> featureNames, String textFeatures,
                        double highThreshold, double mediumThreshold, List<DataFile> trainingData,
                        Map<String, Integer> labelCounts, Map<String, Double> metrics, Map<String, String> versions,
                        String analyzer, String created, String command, String modelSha256) {

    /**
     * One training file.
     *
     * @param name the file's name
     * @param ads how many ads were read from it
     * @param sha256 the file's SHA-256
     */
    public record DataFile(String name, int ads, String sha256) {
    }

    /**
     * @param sha256 the SHA-256 of the serialized classifier
     * @return this card with that checksum
     */
    public ModelCard withModelSha256(String sha256) {
        return new ModelCard(id, classifier, featureNames, textFeatures, highThreshold, mediumThreshold, trainingData,
                labelCounts, metrics, versions, analyzer, created, command, sha256);
    }
}
