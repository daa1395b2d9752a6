package org.redflag.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redflag.ad.DecodedText;
import org.redflag.ad.JobAd;
import org.redflag.ad.PostingAttribute;

/**
 * The rows of a file in the column layout of EMSCAD's {@code fake_job_postings.csv}, each turned into an item by a
 * function of the row and its place ({@code file:line}); what the labelled and the unlabelled readers share. A row the
 * function refuses with a {@link CorpusException} stops the reading, or is skipped and told in {@link #problems()}.
 *
 * @param <T> what a row becomes
 */
final class EmscadRows<T> extends SkippingReader<CSVRecord, T> implements AutoCloseable {

    private static final Pattern MASKED_CONTACT = Pattern.compile("#(EMAIL|PHONE|URL)_[0-9a-f]+#");

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final BiFunction<CSVRecord, String, T> item;
    /** The line the last record read ends on: a broken record starts after it. */
    private long lastGoodLine = 1;

    /**
     * @param name the file's name, for messages
     * @param reader the file's text
     * @param skipBad whether to skip and count malformed records instead of failing
     * @param columns the columns the file must have
     * @param item turns a consistent row and its place into an item, or refuses it with a {@link CorpusException}
     */
    EmscadRows(String name, BufferedReader reader, boolean skipBad, List<String> columns,
               BiFunction<CSVRecord, String, T> item) {
        super(skipBad);
        this.name = name;
        this.item = item;
        try {
            this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new CorpusException(name + ":1: not an EMSCAD CSV file: " + e.getMessage(), e);
        }
        List<String> header = parser.getHeaderNames();
        if (header.isEmpty()) {
            throw new CorpusException(name + " is empty: an EMSCAD CSV file starts with its header (" + columns.get(0) + ", ...)");
        }
        if (header.stream().anyMatch(column -> column.chars().anyMatch(c -> DecodedText.isNotText((char) c)))) {
            throw new CorpusException(name + ":1: not an EMSCAD CSV file: its header is not text (control characters or bytes "
                    + "that are not UTF-8)");
        }
        if (!header.containsAll(columns)) {
            List<String> missing = new ArrayList<>(columns);
            missing.removeAll(header);
            throw new CorpusException(name + ":1: not an EMSCAD CSV file: missing columns " + missing);
        }
        this.records = parser.iterator();
    }

    @Override
    CSVRecord readRaw() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord r = records.next();
            lastGoodLine = parser.getCurrentLineNumber();
            return r;
        } catch (UncheckedIOException | IllegalStateException e) {
            // the CSV itself is broken (an unclosed quote): nothing after it can be trusted
            throw new CorpusException(name + ":" + (lastGoodLine + 1) + ": malformed CSV in the record that starts here: "
                    + STOPPED_AT.matcher(rootMessage(e)).replaceFirst("(the reader stopped at line $1, character $2 of the file)"), e);
        }
    }

    @Override
    T record(CSVRecord r) {
        String where = name + ":" + (r.getRecordNumber() + 1);
        if (!r.isConsistent()) {
            throw new CorpusException(where + ": expected " + parser.getHeaderNames().size()
                    + " columns, found " + r.size());
        }
        return item.apply(r, where);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The ad of one row. The masked contacts of its text ({@code #EMAIL_…#}, {@code #PHONE_…#}, {@code #URL_…#}) are
     * kept in the text and gathered in the ad's contact field.
     *
     * @param r a row
     * @param where its place, {@code file:line}
     * @return its ad
     * @throws CorpusException when the row has neither a description nor requirements
     */
    static JobAd ad(CSVRecord r, String where) {
        String description = r.get("description");
        if (description.isBlank() && r.get("requirements").isBlank()) {
            throw new CorpusException(where + ": job " + r.get("job_id") + " has no description");
        }
        Set<String> contacts = new LinkedHashSet<>();
        for (String column : List.of("company_profile", "description", "requirements", "benefits")) {
            Matcher m = MASKED_CONTACT.matcher(r.get(column));
            while (m.find()) {
                contacts.add(m.group());
            }
        }
        return JobAd.builder().id("emscad-" + r.get("job_id")).title(r.get("title")).location(r.get("location"))
                .salary(r.get("salary_range")).companyProfile(r.get("company_profile")).description(description)
                .requirements(r.get("requirements")).benefits(r.get("benefits")).contact(String.join(" ", contacts))
                .source("emscad")
                .attribute(PostingAttribute.EMPLOYMENT_TYPE, r.get("employment_type"))
                .attribute(PostingAttribute.INDUSTRY, r.get("industry"))
                .attribute(PostingAttribute.OCCUPATION, r.get("function"))
                .attribute(PostingAttribute.EXPERIENCE, r.get("required_experience"))
                .attribute(PostingAttribute.EDUCATION, r.get("required_education"))
                .attribute(PostingAttribute.DEPARTMENT, r.get("department"))
                .attribute(PostingAttribute.REMOTE, flag(r.get("telecommuting")))
                .attribute(PostingAttribute.COMPANY_LOGO, flag(r.get("has_company_logo")))
                .attribute(PostingAttribute.SCREENING_QUESTIONS, flag(r.get("has_questions")))
                .build();
    }

    /** commons-csv's place of the error in a message: "at line: 3, position: 361". */
    private static final Pattern STOPPED_AT = Pattern.compile("at line: (\\d+), position: (\\d+)");

    /** @return what the innermost cause says, without the names of the exceptions that wrap it */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }

    private static String flag(String value) {
        return switch (value.strip()) {
            case "1" -> "true";
            case "0" -> "false";
            default -> "";
        };
    }
}
