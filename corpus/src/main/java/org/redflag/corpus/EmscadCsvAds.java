package org.redflag.corpus;

import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.redflag.ad.JobAd;

/**
 * Reads the ads of a file in the column layout of EMSCAD's {@code fake_job_postings.csv} without their label: the
 * {@code fraudulent} column may be missing, or hold anything. This is how a job board's or a researcher's own
 * unlabelled export in that layout is assessed; {@link EmscadCsvReader} reads the labelled data set.
 */
public final class EmscadCsvAds implements Iterator<JobAd>, AutoCloseable {

    /** The columns an unlabelled file must have: those of {@code fake_job_postings.csv} but {@code fraudulent}. */
    public static final List<String> COLUMNS = EmscadCsvReader.COLUMNS.stream().filter(c -> !c.equals("fraudulent"))
            .toList();

    private final EmscadRows<JobAd> rows;

    /**
     * @param name the file's name, for messages
     * @param reader the file's text
     * @param skipBad whether to skip and tell malformed records instead of failing
     */
    public EmscadCsvAds(String name, BufferedReader reader, boolean skipBad) {
        this.rows = new EmscadRows<>(name, reader, skipBad, COLUMNS, EmscadRows::ad);
    }

    /**
     * @param file a CSV file in EMSCAD's layout, in UTF-8 or with a byte-order mark
     * @param skipBad whether to skip and tell malformed records instead of failing
     * @return a reader of its ads; close it
     * @throws CorpusException when the file is missing, a folder, or lacks a column
     */
    public static EmscadCsvAds open(Path file, boolean skipBad) {
        return new EmscadCsvAds(file.toString(), TextFiles.open(file), skipBad);
    }

    @Override
    public boolean hasNext() {
        return rows.hasNext();
    }

    @Override
    public JobAd next() {
        return rows.next();
    }

    /** @return the messages of the skipped records, {@code file:line: what is wrong} */
    public List<String> problems() {
        return rows.problems();
    }

    @Override
    public void close() {
        rows.close();
    }
}
