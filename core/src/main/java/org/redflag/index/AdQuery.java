package org.redflag.index;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.redflag.classify.RiskLevel;
import org.redflag.features.Indicator;

/**
 * A search over the index: a Lucene query over the ads' text and filters that narrow it. Build one
 * with {@link #builder()}; every filter is optional.
 *
 * @param text a Lucene query (classic syntax) over title and body by default, empty for all ads; fields
 *             such as {@code employer:}, {@code location:}, {@code title_exact:} or {@code body_exact:} may be named
 * @param minRisk the lowest risk to return, 0 for any
 * @param indicator only ads with this indicator, when present
 * @param since only ads dated on or after this day, when present
 * @param sinceDate which date {@link #since} applies to
 * @param network only ads in the contact network of this contact (a phone number, e-mail address or
 *                handle such as {@code telegram:@name}): the ads that give it and, in turn, the ads that
 *                share any other contact with those, when present
 * @param site only ads from this site, when present
 * @param level only ads at this risk level, when present
 * @param limit the most hits to return
 */
public record AdQuery(String text, double minRisk, Optional<Indicator> indicator, Optional<LocalDate> since, DateField sinceDate,
                      Optional<String> network, Optional<String> site, Optional<RiskLevel> level, int limit) {

    /** The dates an ad has. */
    public enum DateField {
        /** the day the board says the ad was posted; ads without one never pass a date filter on it */
        POSTED,
        /** the day Redflag first stored the ad's current content */
        FETCHED;

        /**
         * @param name {@code posted} or {@code fetched}, in any case
         * @return the date field
         * @throws IllegalArgumentException for any other name
         */
        public static DateField of(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown date \"" + name + "\": use posted or fetched", e);
            }
        }
    }

    public AdQuery {
        text = text == null ? "" : text.strip();
        indicator = indicator == null ? Optional.empty() : indicator;
        since = since == null ? Optional.empty() : since;
        sinceDate = sinceDate == null ? DateField.POSTED : sinceDate;
        network = network == null ? Optional.empty() : network.map(String::strip).filter(s -> !s.isEmpty());
        site = site == null ? Optional.empty() : site.map(String::strip).filter(s -> !s.isEmpty());
        level = level == null ? Optional.empty() : level;
        if (!(minRisk >= 0 && minRisk <= 1)) {
            throw new IllegalArgumentException("the lowest risk must lie in [0,1], was " + minRisk);
        }
        if (limit <= 0) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    /**
     * A query by text, risk and indicator only.
     *
     * @param text a Lucene query, empty for all ads
     * @param minRisk the lowest risk to return
     * @param indicator only ads with this indicator, when present
     * @param limit the most hits to return
     */
    public AdQuery(String text, double minRisk, Optional<Indicator> indicator, int limit) {
        this(text, minRisk, indicator, Optional.empty(), DateField.POSTED, Optional.empty(), Optional.empty(), Optional.empty(), limit);
    }

    /**
     * @param text a Lucene query, empty for all ads
     * @return a query for that text, any risk, at most 20 hits
     */
    public static AdQuery of(String text) {
        return builder().text(text).build();
    }

    /** @return a builder for a query over all ads, at most 20 hits */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link AdQuery}; unset filters let every ad pass. */
    public static final class Builder {
        private String text = "";
        private double minRisk;
        private Indicator indicator;
        private LocalDate since;
        private DateField sinceDate = DateField.POSTED;
        private String network;
        private String site;
        private RiskLevel level;
        private int limit = 20;

        private Builder() {
        }

        /** @param v a Lucene query, empty for all ads @return this builder */
        public Builder text(String v) { text = v; return this; }
        /** @param v the lowest risk, in [0,1] @return this builder */
        public Builder minRisk(double v) { minRisk = v; return this; }
        /** @param v an indicator the ads must show, null for any @return this builder */
        public Builder indicator(Indicator v) { indicator = v; return this; }
        /** @param day the first day @param date which date of the ad @return this builder */
        public Builder since(LocalDate day, DateField date) { since = day; sinceDate = date; return this; }
        /** @param v a contact whose network the ads must belong to, null for any @return this builder */
        public Builder network(String v) { network = v; return this; }
        /** @param v the site the ads must come from, null for any @return this builder */
        public Builder site(String v) { site = v; return this; }
        /** @param v the risk level the ads must have, null for any @return this builder */
        public Builder level(RiskLevel v) { level = v; return this; }
        /** @param v the most hits to return @return this builder */
        public Builder limit(int v) { limit = v; return this; }

        /** @return the query */
        public AdQuery build() {
            return new AdQuery(text, minRisk, Optional.ofNullable(indicator), Optional.ofNullable(since), sinceDate,
                    Optional.ofNullable(network), Optional.ofNullable(site), Optional.ofNullable(level), limit);
        }
    }
}
