package org.redflag.scrape;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;
import org.redflag.RedflagException;
import org.redflag.JsonInput;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One job board, as data (a JSON file): where to start, how to find ads and next pages, how to
 * read an ad's fields, and how fast to go.
 *
 * @param name the site's short name, used in ad ids and reports
 * @param startUrls the listing pages to start from
 * @param adLinks CSS selector of the links to ad pages on a listing page
 * @param nextPage CSS selector of the link to the next listing page, empty when none
 * @param fields CSS selectors of an ad page's fields by name (title, employer, location, salary,
 *     description, requirements, benefits, contact, posted); when empty, schema.org JobPosting or the
 *     page's main text is used
 * @param maxPages the most listing pages to read; 0 or less, or left out of the JSON, for {@link Defaults#MAX_PAGES}
 *     (the JSON refuses 0 or less: a limit written there is meant)
 * @param maxAds the most ads to read; 0 or less, or left out of the JSON, for {@link Defaults#MAX_ADS} (the JSON
 *     refuses 0 or less)
 * @param delayMillis the pause between two requests to the site, at least the site asks for; negative, or
 *     left out of the JSON, for {@link Defaults#DELAY_MILLIS} (the JSON refuses a negative one); at most {@link Defaults#MAX_CRAWL_DELAY_MILLIS}
 *     (30 s): a longer one is capped to it, as a robots.txt Crawl-delay is
 * @param allowPrivateNetwork whether the site may live on loopback or private addresses (the demo board);
 *     only the hosts of its start URLs may, never another host they redirect to
 */
public record SiteProfile(String name, List<URI> startUrls, String adLinks, String nextPage,
                          Map<String, String> fields, int maxPages, int maxAds, long delayMillis,
                          boolean allowPrivateNetwork) {

    /** The fields an ad page's selectors may name, as {@code fields} names them. */
    public static final List<String> FIELDS = List.of("title", "employer", "location", "salary", "description",
            "requirements", "benefits", "contact", "posted");

    public SiteProfile {
        if (name == null || name.isBlank()) {
            throw new RedflagException("a site profile needs a name");
        }
        if (startUrls == null || startUrls.isEmpty()) {
            throw new RedflagException("site profile " + name + " has no startUrls");
        }
        startUrls = List.copyOf(startUrls);
        adLinks = adLinks == null ? "" : adLinks;
        nextPage = nextPage == null ? "" : nextPage;
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        String where = "site profile " + name;
        checkSelector(where, "adLinks", adLinks);
        checkSelector(where, "nextPage", nextPage);
        for (var field : new TreeMap<>(fields).entrySet()) {
            if (!FIELDS.contains(field.getKey())) {
                throw new RedflagException(where + ": unknown field \"" + field.getKey() + "\" (known: "
                        + String.join(", ", FIELDS) + ")");
            }
            checkSelector(where, "fields." + field.getKey(), field.getValue());
        }
        maxPages = maxPages <= 0 ? Defaults.MAX_PAGES : maxPages;
        maxAds = maxAds <= 0 ? Defaults.MAX_ADS : maxAds;
        // capped like a robots.txt Crawl-delay: the README promises no longer pause between requests
        delayMillis = delayMillis < 0 ? Defaults.DELAY_MILLIS : Math.min(delayMillis, Defaults.MAX_CRAWL_DELAY_MILLIS);
    }

    /**
     * A selector that does not parse fails when the profile is read, not on each page of every scan.
     *
     * @param where the profile, the start of the message ("site profile board.json")
     * @param key the selector's key, maybe a path ("fields.title")
     * @param selector the selector; empty or blank for none
     * @throws RedflagException when it does not parse
     */
    static void checkSelector(String where, String key, String selector) {
        if (selector == null || selector.isBlank()) {
            return;
        }
        try {
            QueryParser.parse(selector);
        } catch (Selector.SelectorParseException e) {
            throw new RedflagException(where + ": " + key + " \"" + selector + "\" is not a CSS selector: "
                    + e.getMessage());
        }
    }

    /**
     * @param file a site profile in JSON
     * @return the profile
     * @throws RedflagException when the file is missing, not UTF-8 text, empty or malformed
     */
    public static SiteProfile read(Path file) {
        try {
            return parse(Files.readString(file), file.toString());
        } catch (CharacterCodingException e) {
            // its own message is "Input length = 1", which names neither the file nor the trouble
            throw new RedflagException("cannot read site profile " + file + ": it is not UTF-8 text", e);
        } catch (IOException e) {
            throw new RedflagException("cannot read site profile " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param json a site profile in JSON
     * @param where where it comes from, for messages
     * @return the profile
     * @throws RedflagException when the JSON is malformed, is not an object (empty, {@code null}, a list ...), or holds a
     *     key the profile does not know, a value of the wrong kind or out of its range (see {@link ProfileJson})
     */
    public static SiteProfile parse(String json, String where) {
        JsonNode tree = JsonInput.one(json, "site profile " + where, "give one site per profile");
        if (tree.isMissingNode()) {
            throw new RedflagException("site profile " + where + " is empty: it must be a JSON object");
        }
        if (!(tree instanceof ObjectNode o)) {
            throw new RedflagException("site profile " + where + " holds " + (tree.isNull() ? "null" : "a JSON "
                    + tree.getNodeType().name().toLowerCase(Locale.ROOT)) + ", not a JSON object");
        }
        return ProfileJson.read(o, "site profile " + where);
    }

    /**
     * @param url a URL about to be fetched for this site, maybe a redirect hop
     * @return whether it may resolve to loopback or private addresses: only when the profile allows
     *     its private network and the URL's host is one of its start URLs' hosts
     */
    public boolean allowsPrivateNetworkFor(URI url) {
        String host = url.getHost();
        return allowPrivateNetwork && host != null
                && startUrls.stream().anyMatch(s -> host.equalsIgnoreCase(s.getHost()));
    }

    /**
     * @param baseUri where the site's pages are served (the demo board's port is only known at run time)
     * @return this profile with its start URLs resolved against {@code baseUri}
     */
    public SiteProfile withBase(URI baseUri) {
        return new SiteProfile(name, startUrls.stream().map(baseUri::resolve).toList(), adLinks, nextPage, fields,
                maxPages, maxAds, delayMillis, allowPrivateNetwork);
    }

    /**
     * @param maxPages the most listing pages to read
     * @param maxAds the most ads to read
     * @return this profile with those limits
     */
    public SiteProfile withLimits(int maxPages, int maxAds) {
        return new SiteProfile(name, startUrls, adLinks, nextPage, fields, maxPages, maxAds, delayMillis, allowPrivateNetwork);
    }
}
