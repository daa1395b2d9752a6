package org.redflag;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads one JSON value that a user wrote (a site profile, an ad), telling what is wrong with it in one line of
 * words: where the JSON breaks, that it holds a second value, that it nests too deep. Jackson's own messages name
 * its classes and settings ({@code JsonToken.START_OBJECT}, {@code StreamReadConstraints.getMaxNestingDepth()}),
 * which tell a user nothing.
 */
public final class JsonInput {

    // a second value is told by this class, in words, instead of by Jackson's trailing-token check
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    private static final StreamReadConstraints LIMITS = JSON.tokenStreamFactory().streamReadConstraints();

    private JsonInput() {
    }

    /**
     * @param json the text of one JSON value
     * @param where what it is and where it comes from, the start of every message ({@code "site profile board.json"})
     * @param whenSeveral what to do instead of giving several values, in words (a message ends with it in parentheses)
     * @return the value; a missing node when the text is empty or blank
     * @throws RedflagException when the text is not one JSON value
     */
    public static JsonNode one(String json, String where, String whenSeveral) {
        try (JsonParser parser = JSON.createParser(json)) {
            JsonNode value = JSON.readTree(parser);
            if (value == null) {
                return MissingNode.getInstance();
            }
            if (parser.nextToken() != null) {
                throw new RedflagException(where + ": more than one JSON value (" + whenSeveral + ")");
            }
            return value;
        } catch (StreamConstraintsException e) {
            throw new RedflagException(where + ": " + beyondLimits(e), e);
        } catch (JacksonException e) {
            throw new RedflagException(where + ": not valid JSON" + at(e.getLocation()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** @return which of Jackson's limits the JSON passed, in words */
    private static String beyondLimits(StreamConstraintsException e) {
        String message = String.valueOf(e.getOriginalMessage());
        if (message.contains("nesting depth")) {
            return "JSON nested deeper than " + LIMITS.getMaxNestingDepth() + " levels";
        }
        return "JSON with a number longer than " + LIMITS.getMaxNumberLength() + " digits, a text longer than "
                + LIMITS.getMaxStringLength() + " characters or a key longer than " + LIMITS.getMaxNameLength()
                + " characters";
    }

    private static String at(TokenStreamLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
