package org.redflag.classify.weka;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redflag.RedflagException;
import org.redflag.features.FeatureVector;
import weka.classifiers.meta.FilteredClassifier;
import weka.core.Attribute;
import weka.core.Instances;

/**
 * Checks, when a model is read, that its classifier fits its card: trained on the very features the card
 * names (a {@code FilteredClassifier}, as Redflag trains, keeps them in its filter), telling the two classes
 * of a Redflag model apart, and able to score an ad at all. A hand-edited card, or a classifier swapped for
 * another, would otherwise fail only at the first ad scored, in Weka's words ("Filter didn't make the test
 * instance immediately available!"), or score every ad without a word of warning.
 */
final class ClassifierFit {

    /** The ad scored as a trial: no words, every feature 0. */
    private static final FeatureVector BLANK_AD = new FeatureVector("", Map.of(), List.of());

    private ClassifierFit() {
    }

    /**
     * @param model a model just read
     * @param where the model file's name, for messages
     * @throws RedflagException when its classifier does not fit its card
     */
    static void check(WekaRiskModel model, String where) {
        if (model.classifier() instanceof FilteredClassifier filtered) {
            Instances trainedOn = filtered.getFilter().getCopyOfInputFormat();
            if (trainedOn == null) {
                throw new RedflagException(where + " holds a classifier that was never trained");
            }
            misfit(trainedOn, model.schema().emptyDataset(0)).ifPresent(why -> {
                throw new RedflagException(where + " does not fit its card: " + why);
            });
        }
        double[] distribution;
        try {
            distribution = model.distribution(BLANK_AD);
        } catch (Exception e) {
            throw new RedflagException(where + " holds a classifier that cannot score an ad with the features its card "
                    + "names: it fails on a blank one (is it untrained, or made for other features?)", e);
        }
        if (distribution.length != 2) {
            throw new RedflagException(where + " holds a classifier of " + distribution.length + " classes, not the "
                    + "two of a Redflag model (" + WekaFeatureSchema.LEGITIMATE + ", " + WekaFeatureSchema.RISKY + ")");
        }
    }

    /** @return how the attributes a classifier was trained on differ from those the card gives it; empty when alike */
    private static Optional<String> misfit(Instances trainedOn, Instances card) {
        if (card.equalHeaders(trainedOn)) {
            return Optional.empty();
        }
        if (trainedOn.numAttributes() != card.numAttributes()) {
            return Optional.of("its classifier was trained on " + features(trainedOn) + ", its card names "
                    + features(card));
        }
        for (int i = 0; i < card.numAttributes(); i++) {
            Attribute trained = trainedOn.attribute(i);
            Attribute named = card.attribute(i);
            if (!trained.name().equals(named.name())) {
                return Optional.of("where its card names " + ModelCardJson.shown(named.name())
                        + ", its classifier was trained on " + ModelCardJson.shown(trained.name()));
            }
            if (trained.equalsMsg(named) != null) {
                return Optional.of("its classifier takes " + ModelCardJson.shown(named.name()) + " as " + kind(trained)
                        + ", a Redflag model as " + kind(named));
            }
        }
        return Optional.of("its classifier was trained with another attribute as the class");
    }

    /** @return how many features a data set has beside the text and the class, in words */
    private static String features(Instances data) {
        int n = Math.max(0, data.numAttributes() - 2);
        return n == 1 ? "1 feature" : n + " features";
    }

    /** @return what values an attribute takes, in words */
    private static String kind(Attribute attribute) {
        if (attribute.isNominal()) {
            List<String> values = new ArrayList<>();
            attribute.enumerateValues().asIterator().forEachRemaining(v -> values.add(String.valueOf(v)));
            return "one of " + String.join(", ", values);
        }
        return Attribute.typeToString(attribute) + " values";
    }
}
