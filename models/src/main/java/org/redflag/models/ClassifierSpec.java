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
     * The default learner: logistic regression fitted by stochastic gradient descent (log loss, L2
     * penalty 1e-4, 100 epochs), chosen by the comparison in {@code models/README.md}.
     */
    public static final ClassifierSpec DEFAULT = new ClassifierSpec("weka.classifiers.functions.SGD -F 1 -L 0.01 -R 1.0E-4 -E 100");

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
