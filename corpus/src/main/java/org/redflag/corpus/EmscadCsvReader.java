package org.redflag.corpus;

import java.io.BufferedReader;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the EMSCAD data set in the column layout of its CSV edition {@code fake_job_postings.csv}
 * (18 columns; {@code fraudulent} 1 is label fraudulent, 0 legitimate). The masked contacts of its
 * text ({@code #EMAIL_…#}, {@code #PHONE_…#}, {@code #URL_…#}) are kept in the text and gathered
 * in the ad's contact field. EMSCAD does not annotate indicators. {@link EmscadCsvAds} reads the same
 * layout without the label, for ads to assess.
 */
public final class EmscadCsvReader implements CorpusReader {

    /** The columns of {@code fake_job_postings.csv}, in order. */
    public static final List<String> COLUMNS = List.of("job_id", "title", "location", "department", "salary_range",
            "company_profile", "description", "requirements", "benefits", "telecommuting", "has_company_logo",
            "has_questions", "employment_type", "required_experience", "required_education", "industry", "function",
            "fraudulent");

    private final EmscadRows<LabelledAd> rows;

    /**
     * @param name the file's name, for messages and ad sources
     * @param reader the file's text
     * @param skipBad whether to skip and count malformed records instead of failing
     */
    public EmscadCsvReader(String name, BufferedReader reader, boolean skipBad) {
        this(name, reader, skipBad, new AdIds());
    }

    /**
     * @param name the file's name, for messages and ad sources
     * @param reader the file's text
     * @param skipBad whether to skip and count malformed records instead of failing
     * @param ids the ids of the corpus read so far: a row whose id is among them is a malformed record
     */
    public EmscadCsvReader(String name, BufferedReader reader, boolean skipBad, AdIds ids) {
        this.rows = new EmscadRows<>(name, reader, skipBad, COLUMNS, (r, where) -> ids.add(labelled(r, where)));
    }

    private static LabelledAd labelled(CSVRecord r, String where) {
        String fraudulent = r.get("fraudulent").strip();
        if (!fraudulent.equals("0") && !fraudulent.equals("1")) {
            throw new CorpusException(where + ": fraudulent must be 0 or 1, was \"" + fraudulent + "\"");
        }
        return new LabelledAd(EmscadRows.ad(r, where), fraudulent.equals("1") ? Label.FRAUDULENT : Label.LEGITIMATE,
                List.of(), List.of(), false, "", where);
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public LabelledAd next() {
        return rows.next();
    }

    @Override
    public int skipped() {
        return rows.problems().size();
    }

    @Override
    public List<String> problems() {
        return rows.problems();
    }

    @Override
    public void close() {
        rows.close();
    }
}
