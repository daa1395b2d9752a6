package org.redflag.features.pay;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.redflag.features.Lexicon;

/**
 * The money that "$", dollars or pesos mean in an ad, by its place of work ({@code local-currencies.txt}): "$25.50 an hour"
 * in "Havelock, Marlborough, New Zealand" is in New Zealand dollars, "$780.000" in "Rancagua, Chile" in Chilean pesos. The
 * place is the location's last part, which must be the country's name or its ISO code ("Auckland, NZ"; "Gulf of
 * Mexico", "Mexico, NY" and "La Canada Flintridge, CA" are no such place: a code that is also a US state's says the
 * state), or, in EMSCAD's "NZ, N, Auckland", its first part, the ISO code. A location that also
 * names the United States or a second such country decides nothing ("Remote (USA, Canada, Australia)"). Thread-safe.
 */
final class LocalMoney {

    /** The names of money that the place of work decides, by the kind of money the country calls its own. */
    private static final Set<String> DOLLAR_NAMES = Set.of("$", "dollar", "dollars");
    private static final Set<String> PESO_NAMES = Set.of("$", "pesos");
    private static final Pattern UNITED_STATES = Pattern.compile("(?<!\\p{L})(?:USA|U\\.S\\.A?\\.?|US|United States|America)"
            + "(?!\\p{L})");
    private static final Pattern EMSCAD_COUNTRY = Pattern.compile("[A-Z]{2}");
    /** The postal codes of the states and territories of the United States: "Pasadena, CA" is in California. */
    private static final Set<String> US_STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP");

    private record Country(String isoCode, Pattern name, Reading reading) {
    }

    private final List<Country> countries;

    private LocalMoney(List<Country> countries) {
        this.countries = List.copyOf(countries);
    }

    /** @return the shipped table of countries */
    static LocalMoney withDefaults() {
        return new LocalMoney(Lexicon.lines(LocalMoney.class, "local-currencies.txt").stream()
                .map(line -> line.split("\\s+", 4))
                .map(p -> new Country(p[1], Pattern.compile("(?<!\\p{L})(?:" + p[3] + ")(?!\\p{L})",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        new Reading(p[0], p[2].equals("dollar") ? DOLLAR_NAMES : PESO_NAMES)))
                .toList());
    }

    /**
     * @param location the ad's place of work, as it says it
     * @return what money "$", dollars and pesos mean there; {@link Reading#NOWHERE} where the place does not decide it
     */
    Reading at(String location) {
        String[] parts = location.split(",");
        if (parts.length >= 3 && EMSCAD_COUNTRY.matcher(parts[0].strip()).matches()) {
            return countries.stream().filter(c -> c.isoCode().equals(parts[0].strip())).findFirst().map(Country::reading)
                    .orElse(Reading.NOWHERE);
        }
        long named = countries.stream().filter(c -> c.name().matcher(location).find()).count();
        if (UNITED_STATES.matcher(location).find() || named > 1) {
            return Reading.NOWHERE;
        }
        String last = parts[parts.length - 1].replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        // a code decides only where no country is named beside it ("Remote (Canada, AU)" decides nothing)
        boolean countryCode = named == 0 && EMSCAD_COUNTRY.matcher(last).matches() && !US_STATE_CODES.contains(last);
        return countries.stream()
                .filter(c -> c.name().matcher(last).matches() || countryCode && c.isoCode().equals(last))
                .findFirst().map(Country::reading).orElse(Reading.NOWHERE);
    }

    /**
     * How a place reads the names of money it decides.
     *
     * @param currency the place's own money, an ISO code
     * @param moneyNames the names that mean it there ("$" and dollars, or "$" and pesos)
     */
    record Reading(String currency, Set<String> moneyNames) {

        /** A place that decides no money: "$" and dollars stay US dollars, pesos Philippine pesos. */
        static final Reading NOWHERE = new Reading(null, Set.of());

        /**
         * @param name a name of money as the ad writes it, lower case
         * @return the place's currency, where the name means it there; else null
         */
        String currencyOf(String name) {
            return moneyNames.contains(name) ? currency : null;
        }
    }
}
