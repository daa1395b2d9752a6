package org.redflag.models;

import org.redflag.RedflagException;
import org.redflag.classify.weka.WekaSetup;
import weka.classifiers.Classifier;
import weka.core.OptionHandler;
import weka.core.Utils;

/**
 * A Weka classifier named by its option string, as the Weka Explorer shows it, e.g.
 * {@code weka.classifiers.functions.Logistic -R 1.0}.
 *
 * @param spec the class name followed by its options
 */
public record ClassifierSpec(String spec) {

    /**
     * The default learner's option string: the average of the probabilities of three learners, two
     * linear and one not. Two logistic regressions (LibLINEAR), each bagged over ten bootstrap samples
     * so that its probability does not hang on one resample of the ads: one L2-regularised (cost 1),
     * which spreads its weight over many words, and one L1-regularised (cost 10), which keeps few
     * words and so, bagged, averages ten different small selections of them; and a random forest of
     * 100 trees (100 attributes tried per split), which can combine a few strong signals that the
     * linear models only add up. Chosen by the grouped cross-validation in {@code models/README.md}
     * (the L1 member replaced an SGD logistic regression). LibLINEAR's class weights are stated
     * ({@code -W "1 1"}, its default), because without them its wrapper prints a line to standard
     * output each time it is configured. A constant so that command-line defaults can name it.
     */
    public static final String DEFAULT_SPEC = "weka.classifiers.meta.Vote -R AVG"
            + " -B \"weka.classifiers.meta.Bagging -P 100 -I 10"
            + " -W weka.classifiers.functions.LibLINEAR -- -S 0 -C 1 -P -W \\\"1 1\\\"\""
            + " -B \"weka.classifiers.meta.Bagging -P 100 -I 10"
            + " -W weka.classifiers.functions.LibLINEAR -- -S 6 -C 10 -P -W \\\"1 1\\\"\""
            + " -B \"weka.classifiers.trees.RandomForest -I 100 -K 100\"";

    /** The default learner, {@link #DEFAULT_SPEC}. */
    public static final ClassifierSpec DEFAULT = new ClassifierSpec(DEFAULT_SPEC);

    /** @return a new, untrained classifier */
    public Classifier newClassifier() {
        WekaSetup.ensure();
        try {
            String[] options = Utils.splitOptions(spec);
            if (options.length == 0 || options[0].isBlank()) {
                throw new RedflagException("no classifier given");
            }
            String name = options[0];
            options[0] = "";
            // not AbstractClassifier.forName: Weka's class discovery cannot see into a Spring Boot jar
            Class<?> type = Class.forName(name);
            if (!Classifier.class.isAssignableFrom(type)) {
                throw new RedflagException(name + " is not a Weka classifier");
            }
            Classifier classifier = (Classifier) type.getDeclaredConstructor().newInstance();
            if (classifier instanceof OptionHandler handler) {
                handler.setOptions(options);
            }
            return classifier;
        } catch (RedflagException e) {
            throw e;
        } catch (ClassNotFoundException e) {
            throw new RedflagException("no Weka classifier called " + e.getMessage() + " on the class path");
        } catch (Exception e) {
            throw new RedflagException("cannot make classifier \"" + spec + "\": " + e.getMessage(), e);
        }
    }
}
