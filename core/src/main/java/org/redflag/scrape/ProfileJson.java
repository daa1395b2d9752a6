package org.redflag.scrape;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redflag.RedflagException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A site profile's JSON, read key by key. Every key is checked where it stands: a key the profile does not know,
 * at the top or inside {@code fields} (a misspelling such as {@code maxPagez} or {@code titel}, whose setting
 * would otherwise silently not apply), a value of the wrong kind, a limit out of its range. Each fault is told in
 * one line that names the file, the key's path ({@code startUrls[0]}, {@code fields.title}), what was found and
 * what belongs there.
 */
final class ProfileJson {

    /** The keys of a profile, in the order the README shows them. */
    static final List<String> KEYS = List.of("name", "startUrls", "adLinks", "nextPage", "fields", "maxPages", "maxAds",
            "delayMillis", "allowPrivateNetwork");
    /** The most characters of a wrong value shown in a message. */
    private static final int SHOWN = 40;

    private final ObjectNode profile;
    private final String where;

    private ProfileJson(ObjectNode profile, String where) {
        this.profile = profile;
        this.where = where;
    }

    /**
     * @param profile a profile's JSON object
     * @param where "site profile" and the file, the start of every message
     * @return the profile, with the defaults of the keys left out
     * @throws RedflagException naming the first fault found
     */
    static SiteProfile read(ObjectNode profile, String where) {
        return new ProfileJson(profile, where).read();
    }

    private SiteProfile read() {
        knownKeys(profile, KEYS, "");
        String name = required("name", "text", "the site's short name, used in ad ids and reports");
        List<URI> startUrls = startUrls();
        String adLinks = selector("adLinks", required("adLinks", "a CSS selector (text)",
                "the CSS selector of the links to ad pages on a listing page"));
        String nextPage = selector("nextPage", text("nextPage", "a CSS selector (text)", ""));
        Map<String, String> fields = fields();
        int maxPages = (int) whole("maxPages", 1, Integer.MAX_VALUE, 0);
        int maxAds = (int) whole("maxAds", 1, Integer.MAX_VALUE, 0);
        long delayMillis = whole("delayMillis", 0, Long.MAX_VALUE, -1);  // a pause longer than the cap is capped, not refused
        boolean allowPrivateNetwork = flag("allowPrivateNetwork");
        return new SiteProfile(name, startUrls, adLinks, nextPage, fields, maxPages, maxAds, delayMillis,
                allowPrivateNetwork);
    }

    private void knownKeys(ObjectNode object, List<String> known, String in) {
        for (String key : object.propertyNames()) {
            if (!known.contains(key)) {
                throw fault("unknown key " + shown(StringNode.valueOf(key)) + (in.isEmpty() ? "" : " in " + in) + " (known: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    private List<URI> startUrls() {
        JsonNode urls = profile.get("startUrls");
        if (urls == null) {
            throw fault("no startUrls: give a list of URLs of the site's listing pages");
        }
        if (!urls.isArray()) {
            throw wrong("startUrls", urls, "a list of URLs");
        }
        if (urls.isEmpty()) {
            throw fault("startUrls is empty: give a list of URLs of the site's listing pages");
        }
        List<URI> list = new ArrayList<>();
        for (int i = 0; i < urls.size(); i++) {
            JsonNode url = urls.get(i);
            String key = "startUrls[" + i + "]";
            if (!url.isString() || url.stringValue().isBlank()) {
                throw wrong(key, url, "a URL");
            }
            try {
                list.add(new URI(url.stringValue().strip()));
            } catch (URISyntaxException e) {
                throw fault(key + " is " + shown(url) + ", not a URL: " + e.getReason());
            }
        }
        return list;
    }

    private Map<String, String> fields() {
        JsonNode fields = profile.get("fields");
        if (fields == null) {
            return Map.of();
        }
        if (!(fields instanceof ObjectNode object)) {
            throw wrong("fields", fields, "an object of CSS selectors by field name (" + String.join(", ", SiteProfile.FIELDS)
                    + ")");
        }
        knownKeys(object, SiteProfile.FIELDS, "fields");
        Map<String, String> selectors = new LinkedHashMap<>();
        for (var field : object.properties()) {
            String key = "fields." + field.getKey();
            if (!field.getValue().isString()) {
                throw wrong(key, field.getValue(), "a CSS selector (text)");
            }
            selectors.put(field.getKey(), selector(key, field.getValue().stringValue()));
        }
        return selectors;
    }

    /** @return the key's text, which the profile must give and not leave blank */
    private String required(String key, String kind, String what) {
        if (profile.get(key) == null) {
            throw fault("no " + key + ": give " + what);
        }
        String text = text(key, kind, "");
        if (text.isBlank()) {
            throw fault(key + " is empty: give " + what);
        }
        return text;
    }

    /** @return the key's text, or {@code absent} when the key is left out */
    private String text(String key, String kind, String absent) {
        JsonNode value = profile.get(key);
        if (value == null) {
            return absent;
        }
        if (!value.isString()) {
            throw wrong(key, value, kind);
        }
        return value.stringValue();
    }

    private String selector(String key, String selector) {
        SiteProfile.checkSelector(where, key, selector);
        return selector;
    }

    /** @return the key's whole number, from {@code min} to {@code max}, or {@code absent} when it is left out */
    private long whole(String key, long min, long max, long absent) {
        JsonNode value = profile.get(key);
        if (value == null) {
            return absent;
        }
        String range = max == Long.MAX_VALUE ? "a whole number of " + min + " or more"
                : "a whole number from " + min + " to " + max;
        if (!value.isIntegralNumber() || value.bigIntegerValue().compareTo(BigInteger.valueOf(min)) < 0
                || max != Long.MAX_VALUE && !(value.canConvertToLong() && value.longValue() <= max)) {
            throw wrong(key, value, range);
        }
        return value.canConvertToLong() ? value.longValue() : Long.MAX_VALUE; // a longer delay is capped anyway
    }

    private boolean flag(String key) {
        JsonNode value = profile.get(key);
        if (value == null) {
            return false;
        }
        if (!value.isBoolean()) {
            throw wrong(key, value, "true or false");
        }
        return value.booleanValue();
    }

    private RedflagException wrong(String key, JsonNode value, String kind) {
        return fault(key + " is " + shown(value) + ", not " + kind + (value.isNull() ? " (leave a key out for its default)" : ""));
    }

    private RedflagException fault(String what) {
        return new RedflagException(where + ": " + what);
    }

    /** @return a value as it is written in JSON, cut short when long */
    private static String shown(JsonNode value) {
        String json = value.toString();
        return json.length() <= SHOWN ? json : json.substring(0, SHOWN - 3) + "...";
    }
}
