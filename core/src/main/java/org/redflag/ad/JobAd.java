package org.redflag.ad;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One job ad as a board shows it. Every field may be empty, and null is read as empty. To be assessed
 * ({@link org.redflag.Redflag#assess(JobAd)}), an ad needs {@link org.redflag.Redflag#MIN_AD_WORDS} words or more of
 * {@linkplain #prose() prose}, its title, description, requirements and benefits taken together (a title alone of that
 * many words is enough), and at most {@link org.redflag.Redflag#MAX_AD_CHARACTERS} characters in all its fields. Its
 * employer, location, salary, company profile and contact are analysed but not counted: an ad with none of the four is
 * refused as having no text to assess, however long its contact.
 *
 * @param id stable id (the board's own id, or one derived from the ad's URL)
 * @param title the ad's title
 * @param employer the employer or agency as named by the ad, empty when the ad names none
 * @param location where the work is, as the ad says it
 * @param salary the pay as the ad says it
 * @param companyProfile what the ad says about the employer, when the board keeps it apart
 * @param description the ad's body text
 * @param requirements what the ad asks of the worker, when the board keeps it apart
 * @param benefits what the ad offers, when the board keeps it apart
 * @param contact how to apply or get in touch
 * @param url where the ad was found, empty when it came from a file
 * @param posted the posting date as the board gives it (ISO date where known)
 * @param source the site or data set the ad came from
 * @param attributes what the board states about the posting beyond its text; blank values are dropped
 */
public record JobAd(String id, String title, String employer, String location, String salary,
                    String companyProfile, String description, String requirements, String benefits, String contact,
                    String url, String posted, String source, Map<PostingAttribute, String> attributes) {

    /** Fields in the order Redflag analyses them; evidence spans name one of these. */
    public enum Field { TITLE, EMPLOYER, LOCATION, SALARY, COMPANY_PROFILE, DESCRIPTION, REQUIREMENTS, BENEFITS, CONTACT }

    public JobAd {
        id = clean(id);
        title = clean(title);
        employer = clean(employer);
        location = clean(location);
        salary = clean(salary);
        companyProfile = clean(companyProfile);
        description = clean(description);
        requirements = clean(requirements);
        benefits = clean(benefits);
        contact = clean(contact);
        url = clean(url);
        posted = clean(posted);
        source = clean(source);
        attributes = cleanAttributes(attributes);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    private static Map<PostingAttribute, String> cleanAttributes(Map<PostingAttribute, String> attributes) {
        Map<PostingAttribute, String> kept = new EnumMap<>(PostingAttribute.class);
        if (attributes != null) {
            attributes.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    kept.put(k, v.strip());
                }
            });
        }
        return Collections.unmodifiableMap(kept);
    }

    /** @return the value of one posting attribute, empty when the board does not state it */
    public String attribute(PostingAttribute attribute) {
        return attributes.getOrDefault(attribute, "");
    }

    /** @return the text of one field, never null */
    public String field(Field field) {
        return switch (field) {
            case TITLE -> title;
            case EMPLOYER -> employer;
            case LOCATION -> location;
            case SALARY -> salary;
            case COMPANY_PROFILE -> companyProfile;
            case DESCRIPTION -> description;
            case REQUIREMENTS -> requirements;
            case BENEFITS -> benefits;
            case CONTACT -> contact;
        };
    }

    /** @return the non-empty fields in analysis order */
    public Map<Field, String> textFields() {
        Map<Field, String> fields = new LinkedHashMap<>();
        for (Field f : Field.values()) {
            if (!field(f).isEmpty()) {
                fields.put(f, field(f));
            }
        }
        return fields;
    }

    /**
     * @return the ad's own words, what a person reads as the ad: its title, description, requirements and benefits,
     *     a line each (its employer, place, pay and contacts are facts beside them)
     */
    public String prose() {
        return String.join("\n", title, description, requirements, benefits);
    }

    /** @return true when the ad has no text worth analysing: no {@link #prose()} */
    public boolean isEmpty() {
        return prose().isBlank();
    }

    /** @return a builder for an ad; unset fields are empty */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder that starts from this ad's values */
    public Builder toBuilder() {
        return new Builder().id(id).title(title).employer(employer).location(location).salary(salary)
                .companyProfile(companyProfile).description(description).requirements(requirements).benefits(benefits).contact(contact)
                .url(url).posted(posted).source(source).attributes(attributes);
    }

    /** Builds a {@link JobAd}; unset fields are empty. */
    public static final class Builder {
        private String id, title, employer, location, salary, companyProfile, description, requirements, benefits,
                contact, url, posted, source;
        private final Map<PostingAttribute, String> attributes = new EnumMap<>(PostingAttribute.class);

        public Builder id(String v) { id = v; return this; }
        public Builder title(String v) { title = v; return this; }
        public Builder employer(String v) { employer = v; return this; }
        public Builder location(String v) { location = v; return this; }
        public Builder salary(String v) { salary = v; return this; }
        public Builder companyProfile(String v) { companyProfile = v; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder requirements(String v) { requirements = v; return this; }
        public Builder benefits(String v) { benefits = v; return this; }
        public Builder contact(String v) { contact = v; return this; }
        public Builder url(String v) { url = v; return this; }
        public Builder posted(String v) { posted = v; return this; }
        public Builder source(String v) { source = v; return this; }

        /**
         * @param attribute what the board states
         * @param value its value; a null or blank one leaves it unstated
         * @return this builder
         * @throws NullPointerException when {@code attribute} is null
         */
        public Builder attribute(PostingAttribute attribute, String value) {
            attributes.put(Objects.requireNonNull(attribute, "attribute"), value);
            return this;
        }

        /**
         * @param attributes what the board states, by attribute; null or blank values leave theirs unstated
         * @return this builder
         * @throws NullPointerException when {@code attributes} or one of its keys is null
         */
        public Builder attributes(Map<PostingAttribute, String> attributes) {
            Objects.requireNonNull(attributes, "attributes").forEach(this::attribute);
            return this;
        }

        /** @return the ad */
        public JobAd build() {
            return new JobAd(Objects.requireNonNullElse(id, ""), title, employer, location, salary, companyProfile,
                    description, requirements, benefits, contact, url, posted, source, attributes);
        }
    }
}
