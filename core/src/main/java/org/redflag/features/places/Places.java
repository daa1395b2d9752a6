package org.redflag.features.places;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.redflag.features.Lexicon;

/**
 * A gazetteer of countries: every ISO 3166 country by its English name, plus the other names and
 * the cities ads use for them ({@code place-names.txt}). Cheaper than a statistical NER model and
 * enough for what Redflag asks of places: which countries an ad names, and in which country its
 * location lies.
 */
public final class Places {

    private static final Map<String, String> REGIONS = regions();
    private static final int LONGEST_NAME = REGIONS.keySet().stream().mapToInt(n -> n.split(" ").length).max().orElse(1);
    /** The words names begin with: a name is looked up only where one of them stands. */
    private static final Set<String> FIRST_WORDS = REGIONS.keySet().stream().map(n -> n.split(" ")[0])
            .collect(Collectors.toUnmodifiableSet());

    private Places() {
    }

    /**
     * @param text any text
     * @return the region codes of the countries and cities it names, in order of first mention
     */
    public static Set<String> regionsIn(String text) {
        String[] words = normalise(text).strip().split(" ");
        Set<String> found = new LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            if (!FIRST_WORDS.contains(words[i])) {
                continue;
            }
            for (int n = Math.min(LONGEST_NAME, words.length - i); n >= 1; n--) {
                String region = REGIONS.get(String.join(" ", java.util.Arrays.copyOfRange(words, i, i + n)));
                if (region != null) {
                    found.add(region);
                    i += n - 1;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * @param location a location as an ad states it
     * @return the region of the first country or city it names; for EMSCAD's "US, NY, New York" its
     *         leading code; "ZZ" (unknown) otherwise
     */
    public static String regionOf(String location) {
        Set<String> named = regionsIn(location);
        if (!named.isEmpty()) {
            return named.iterator().next();
        }
        return location.matches("^[A-Z]{2}(,.*)?$") ? location.substring(0, 2) : "ZZ";
    }

    private static String normalise(String text) {
        return " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
    }

    private static Map<String, String> regions() {
        Map<String, String> regions = new HashMap<>();
        for (String code : Locale.getISOCountries()) {
            regions.put(normalise(new Locale("", code).getDisplayCountry(Locale.ENGLISH)).strip(), code);
        }
        for (String line : Lexicon.lines(Places.class, "place-names.txt")) {
            String[] parts = line.split("=", 2);
            regions.put(normalise(parts[0]).strip(), parts[1].strip());
        }
        return Map.copyOf(regions);
    }
}
