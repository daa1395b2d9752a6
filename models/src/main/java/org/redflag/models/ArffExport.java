package org.redflag.models;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.redflag.RedflagException;
import org.redflag.classify.weka.WekaFeatureSchema;
import weka.core.converters.ArffSaver;

/** Writes featurized ads as an ARFF file for the Weka Explorer: the text, the numeric features and the class. */
public final class ArffExport {

    private ArffExport() {
    }

    /**
     * @param ads the ads
     * @param featureNames the numeric features
     * @param file where to write
     */
    public static void write(List<FeaturizedAd> ads, List<String> featureNames, Path file) {
        ArffSaver saver = new ArffSaver();
        saver.setInstances(RiskModelTrainer.instances(new WekaFeatureSchema(featureNames), ads));
        try {
            saver.setFile(file.toFile());
            saver.writeBatch();
        } catch (IOException e) {
            throw new RedflagException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
