package org.redflag.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redflag.JsonInput;
import org.redflag.RedflagException;
import org.redflag.ad.JobAd;
import org.redflag.features.Indicator;
import tools.jackson.databind.JsonNode;

/**
 * Reads Redflag's corpus format: JSON Lines, UTF-8, one ad per line (see {@code corpus/README.md}).
 * Required: {@code id}, {@code description}, {@code label}; the rest may be absent or empty.
 */
public final class JsonlCorpusReader extends SkippingReader<String, LabelledAd> implements CorpusReader {

    private final String name;
    private final BufferedReader reader;
    private final AdIds ids;
    private int lineNumber;

    /**
     * @param name the file's name, for messages
     * @param reader the file's text
     * @param skipBad whether to skip and count malformed lines instead of failing
     */
    public JsonlCorpusReader(String name, BufferedReader reader, boolean skipBad) {
        this(name, reader, skipBad, new AdIds());
    }

    /**
     * @param name the file's name, for messages
     * @param reader the file's text
     * @param skipBad whether to skip and count malformed lines instead of failing
     * @param ids the ids of the corpus read so far: a line whose id is among them is malformed
     */
    public JsonlCorpusReader(String name, BufferedReader reader, boolean skipBad, AdIds ids) {
        super(skipBad);
        this.name = name;
        this.reader = reader;
        this.ids = ids;
    }

    @Override
    String readRaw() {
        try {
            String line = reader.readLine();
            lineNumber++;
            return line;
        } catch (IOException e) {
            throw new CorpusException(name + ":" + (lineNumber + 1) + ": cannot read: " + e.getMessage(), e);
        }
    }

    @Override
    LabelledAd record(String line) {
        return line.isBlank() ? null : ids.add(parse(line, name + ":" + lineNumber));
    }

    /**
     * @param line one line of the corpus
     * @param where {@code file:line}, for messages
     * @return the ad
     * @throws CorpusException when the line is malformed
     */
    static LabelledAd parse(String line, String where) {
        JsonNode n;
        try {
            n = JsonInput.one(line, where, "give one ad per line");
        } catch (RedflagException e) {
            throw new CorpusException(e.getMessage(), e);
        }
        if (!n.isObject()) {
            throw new CorpusException(where + ": not a JSON object");
        }
        String id = text(n, "id", where);
        if (id.isEmpty()) {
            throw new CorpusException(where + ": missing id");
        }
        String description = text(n, "description", where);
        if (description.isEmpty()) {
            throw new CorpusException(where + ": ad " + id + " has no description");
        }
        String labelCode = text(n, "label", where);
        if (labelCode.isEmpty()) {
            throw new CorpusException(where + ": ad " + id + " has no label (one of " + labelNames() + ")");
        }
        Label label = Label.fromCode(labelCode).orElseThrow(() -> new CorpusException(where + ": ad " + id
                + " has label \"" + labelCode + "\"; expected " + labelNames()));
        List<String> indicators = new ArrayList<>();
        JsonNode ind = n.path("indicators");
        if (!ind.isMissingNode() && !ind.isNull() && !ind.isArray()) {
            throw new CorpusException(where + ": ad " + id + ": indicators must be a list of codes");
        }
        for (JsonNode c : ind) {
            if (!c.isString()) {
                throw new CorpusException(where + ": ad " + id + ": indicators must be a list of codes");
            }
            indicators.add(c.asString());
        }
        checkCodes(indicators, id, where);
        List<LabelledAd.Evidence> evidence = new ArrayList<>();
        JsonNode ev = n.path("evidence");
        if (!ev.isMissingNode() && !ev.isNull() && !ev.isArray()) {
            throw new CorpusException(where + ": ad " + id + ": evidence must be a list");
        }
        for (JsonNode e : ev) {
            if (!e.path("indicator").isString() || !e.path("text").isString()) {
                throw new CorpusException(where + ": ad " + id + ": each evidence needs an indicator and a text");
            }
            evidence.add(new LabelledAd.Evidence(e.get("indicator").asString(), e.get("text").asString()));
        }
        return new LabelledAd(jobAd(n, where), label, indicators, evidence, n.has("indicators"), text(n, "notes", where), where);
    }

    /**
     * @throws CorpusException naming every code of the record that is not one of {@link Indicator}'s: an unknown code
     *     would count as a miss of every detector
     */
    private static void checkCodes(List<String> codes, String id, String where) {
        List<String> unknown = codes.stream().filter(c -> Indicator.fromCode(c).isEmpty())
                .map(c -> c + Indicator.fromCode(c.toUpperCase(Locale.ROOT)).map(i -> " (codes are upper case: " + i.name() + ")").orElse(""))
                .toList();
        if (!unknown.isEmpty()) {
            throw new CorpusException(where + ": ad " + id + ": unknown indicator code" + (unknown.size() == 1 ? " " : "s ")
                    + String.join(", ", unknown));
        }
    }

    /**
     * Reads the ad's own fields from a corpus record (or any JSON object with the same field names);
     * labels and annotations are ignored.
     *
     * @param n a JSON object
     * @param where where it comes from, for messages
     * @return the ad
     * @throws CorpusException when a field has the wrong type
     */
    public static JobAd jobAd(JsonNode n, String where) {
        text(n, "language", where); // not kept, but text like the others
        return JobAd.builder().id(text(n, "id", where)).title(text(n, "title", where)).employer(text(n, "employer", where))
                .location(text(n, "location", where)).salary(text(n, "salary", where))
                .companyProfile(text(n, "company_profile", where)).description(text(n, "description", where))
                .requirements(text(n, "requirements", where)).benefits(text(n, "benefits", where))
                .contact(text(n, "contact", where)).url(text(n, "url", where)).posted(text(n, "posted", where))
                .source(text(n, "source", where)).build();
    }

    /** @return the field's text; empty when it is absent or null */
    private static String text(JsonNode n, String field, String where) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isIntegralNumber() && NUMBERS_AS_TEXT.contains(field)) {
            return v.bigIntegerValue().toString(); // other systems export ids and pay as numbers: "id": 17, "salary": 45000
        }
        if (!v.isString()) {
            throw new CorpusException(where + ": field " + field + " must be text, not " + kind(v));
        }
        return v.asString();
    }

    /** The fields a whole number may stand in for text: an exported id or salary. */
    private static final Set<String> NUMBERS_AS_TEXT = Set.of("id", "salary");

    private static String kind(JsonNode v) {
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "true or false";
        }
        return v.isArray() ? "a list" : "an object";
    }

    /** @return the labels as the corpus writes them: {@code exploitative, fraudulent or legitimate} */
    private static String labelNames() {
        List<String> codes = java.util.Arrays.stream(Label.values()).map(Label::code).toList();
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }

    @Override
    public int skipped() {
        return problems().size();
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
