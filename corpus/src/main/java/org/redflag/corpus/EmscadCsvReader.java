package org.redflag.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.redflag.ad.JobAd;
import org.redflag.ad.PostingAttribute;

/**
 * Reads the EMSCAD data set in the column layout of its CSV edition {@code fake_job_postings.csv}
 * (18 columns; {@code fraudulent} 1 is label fraudulent, 0 legitimate). The masked contacts of its
 * text ({@code #EMAIL_…#}, {@code #PHONE_…#}, {@code #URL_…#}) are kept in the text and gathered
 * in the ad's contact field. EMSCAD does not annotate indicators.
 */
public final class EmscadCsvReader implements CorpusReader {

    /** The columns of {@code fake_job_postings.csv}, in order. */
    public static final List<String> COLUMNS = List.of("job_id", "title", "location", "department", "salary_range",
            "company_profile", "description", "requirements", "benefits", "telecommuting", "has_company_logo",
            "has_questions", "employment_type", "required_experience", "required_education", "industry", "function",
            "fraudulent");

    private static final Pattern MASKED_CONTACT = Pattern.compile("#(EMAIL|PHONE|URL)_[0-9a-f]+#");

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final boolean skipBad;
    private final List<String> problems = new ArrayList<>();
    private LabelledAd next;
    /** The line the last record read ends on: a broken record starts after it. */
    private long lastGoodLine = 1;

    /**
     * @param name the file's name, for messages and ad sources
     * @param reader the file's text
     * @param skipBad whether to skip and count malformed records instead of failing
     */
    public EmscadCsvReader(String name, BufferedReader reader, boolean skipBad) {
        this.name = name;
        this.skipBad = skipBad;
        try {
            this.parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new CorpusException(name + ":1: not an EMSCAD CSV file: " + e.getMessage(), e);
        }
        List<String> header = parser.getHeaderNames();
        if (!header.containsAll(COLUMNS)) {
            List<String> missing = new ArrayList<>(COLUMNS);
            missing.removeAll(header);
            throw new CorpusException(name + ":1: not an EMSCAD CSV file: missing columns " + missing);
        }
        this.records = parser.iterator();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            CSVRecord r;
            try {
                if (!records.hasNext()) {
                    return false;
                }
                r = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // the CSV itself is broken (an unclosed quote): nothing after it can be trusted
                throw new CorpusException(name + ":" + (lastGoodLine + 1) + ": malformed CSV: " + rootMessage(e), e);
            }
            lastGoodLine = parser.getCurrentLineNumber();
            try {
                next = toAd(r);
            } catch (CorpusException e) {
                if (!skipBad) {
                    throw e;
                }
                problems.add(e.getMessage());
            }
        }
        return true;
    }

    private LabelledAd toAd(CSVRecord r) {
        String where = name + ":" + (r.getRecordNumber() + 1);
        if (!r.isConsistent()) {
            throw new CorpusException(where + ": expected " + parser.getHeaderNames().size() + " columns, found " + r.size());
        }
        String fraudulent = r.get("fraudulent").strip();
        if (!fraudulent.equals("0") && !fraudulent.equals("1")) {
            throw new CorpusException(where + ": fraudulent must be 0 or 1, was \"" + fraudulent + "\"");
        }
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
        JobAd ad = JobAd.builder().id("emscad-" + r.get("job_id")).title(r.get("title")).location(r.get("location"))
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
        return new LabelledAd(ad, fraudulent.equals("1") ? Label.FRAUDULENT : Label.LEGITIMATE, List.of(), List.of(),
                false, "", where);
    }

    @Override
    public LabelledAd next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        LabelledAd ad = next;
        next = null;
        return ad;
    }

    @Override
    public int skipped() {
        return problems.size();
    }

    @Override
    public List<String> problems() {
        return List.copyOf(problems);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

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
