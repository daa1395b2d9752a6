package org.redflag.classify.weka;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.redflag.RedflagException;
import org.redflag.classify.ModelCard;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * A model card as JSON ({@value ModelFiles#CARD_ENTRY} in a model file). A card can be edited by hand, and the
 * checksum does not cover it, so reading one tells each fault in one line that names the file and the field,
 * in words: a missing or null number, a value of the wrong kind, feature names that Weka could not take.
 */
final class ModelCardJson {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    /** The names {@link WekaFeatureSchema} gives its own attributes, which no feature may take. */
    private static final Set<String> KEPT_NAMES = Set.of(WekaFeatureSchema.TEXT, WekaFeatureSchema.CLASS);
    /** The most characters of a wrong value shown in a message. */
    private static final int SHOWN = 40;

    private ModelCardJson() {
    }

    /**
     * @param card a card
     * @return its JSON, indented
     */
    static byte[] write(ModelCard card) {
        return JSON.writeValueAsBytes(card);
    }

    /**
     * @param json a card's JSON
     * @param where the model file's name, for messages
     * @return the card, with an id, its thresholds and its feature names
     * @throws RedflagException when the JSON is not such a card
     */
    static ModelCard read(byte[] json, String where) {
        JsonNode tree;
        try {
            tree = JSON.readTree(json);
        } catch (JacksonException e) {
            throw unreadable(where, "it is not valid JSON" + at(e.getLocation()), e);
        }
        if (tree.isMissingNode()) {
            throw unreadable(where, "it is empty", null);
        }
        if (!tree.isObject()) {
            throw unreadable(where, "it is " + shown(tree) + ", not a JSON object", null);
        }
        ModelCard card;
        try {
            card = JSON.treeToValue(tree, ModelCard.class);
        } catch (JacksonException e) {
            throw unreadable(where, fault(tree, e), e);
        }
        if (card.id() == null || card.id().isBlank()) {
            throw unreadable(where, fault(tree, List.of("id"), "a text"), null);
        }
        if (card.featureNames() == null) {
            throw unreadable(where, fault(tree, List.of("featureNames"), "a list"), null);
        }
        Set<String> seen = new HashSet<>(KEPT_NAMES);
        for (int i = 0; i < card.featureNames().size(); i++) {
            String name = card.featureNames().get(i);
            if (name == null) {
                throw unreadable(where, fault(tree, List.of("featureNames", i), "a text"), null);
            }
            if (!seen.add(name)) {
                throw unreadable(where, "its featureNames has " + shown(name)
                        + (KEPT_NAMES.contains(name) ? ", a name kept for the ad's text or class" : " twice"), null);
            }
        }
        return card;
    }

    private static RedflagException unreadable(String where, String what, Throwable cause) {
        return new RedflagException(where + " has an unreadable model card: " + what, cause);
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** @return what is wrong with the field that Jackson could not bind, told from the tree */
    private static String fault(JsonNode tree, JacksonException e) {
        List<Object> path = e.getPath().stream()
                .<Object>map(r -> r.getPropertyName() != null ? r.getPropertyName() : r.getIndex())
                .toList();
        if (path.isEmpty()) {
            return "it is not a model card";
        }
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType()
                : e instanceof InputCoercionException c ? c.getTargetType() : null;
        return fault(tree, path, kind(target));
    }

    /**
     * @param path property names and list indexes, from the card's top
     * @param kind what belongs there, in words
     * @return what is wrong there: missing, null, or of another kind
     */
    private static String fault(JsonNode tree, List<Object> path, String kind) {
        JsonPointer pointer = JsonPointer.empty();
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                pointer = pointer.appendIndex(index);
                name.append('[').append(index).append(']');
            } else {
                pointer = pointer.appendProperty((String) step);
                name.append(name.isEmpty() ? "" : ".").append(step);
            }
        }
        JsonNode value = tree.at(pointer);
        if (value.isMissingNode()) {
            return "it lacks " + name + ", " + kind;
        }
        if (value.isString() && value.stringValue().isBlank()) {
            return "its " + name + " is empty";
        }
        return "its " + name + " is " + shown(value) + ", not " + kind;
    }

    /** @return a text as it is written in JSON, quoted and escaped (a line break is {@code \n}), cut short when long */
    static String shown(String text) {
        return shown(StringNode.valueOf(text));
    }

    /** @return a value as it is written in JSON, cut short when long */
    private static String shown(JsonNode value) {
        String json = value.toString();
        return json.length() <= SHOWN ? json : json.substring(0, SHOWN - 3) + "...";
    }

    /** @return what a value of a type is, in words */
    private static String kind(Class<?> type) {
        if (type == null) {
            return "what a model card holds there";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == int.class || type == Integer.class) {
            return "a whole number";
        }
        if (type == String.class) {
            return "a text";
        }
        return Collection.class.isAssignableFrom(type) ? "a list" : "an object";
    }
}
