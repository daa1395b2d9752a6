package org.redflag.corpus;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Hands on the records of a file one at a time, what the corpus's readers share. A malformed record (a
 * {@link CorpusException} from {@link #record}) stops the reading, or, when bad records are skipped, is left out and
 * told in {@link #problems()}; a file that cannot be read any further ({@link #readRaw}) always stops it.
 *
 * @param <R> a record as the file holds it: a line, a CSV row
 * @param <T> what a record becomes
 */
abstract class SkippingReader<R, T> implements Iterator<T> {

    private final boolean skipBad;
    private final List<String> problems = new ArrayList<>();
    private T next;

    /** @param skipBad whether to skip and tell malformed records instead of failing on the first */
    SkippingReader(boolean skipBad) {
        this.skipBad = skipBad;
    }

    /**
     * @return the next record as the file holds it; null at the end of the file
     * @throws CorpusException when the file cannot be read any further
     */
    abstract R readRaw();

    /**
     * @param raw a record as the file holds it
     * @return what it becomes; null for a record that holds nothing (a blank line)
     * @throws CorpusException when the record is malformed
     */
    abstract T record(R raw);

    @Override
    public boolean hasNext() {
        while (next == null) {
            R raw = readRaw();
            if (raw == null) {
                return false;
            }
            try {
                next = record(raw);
            } catch (CorpusException e) {
                if (!skipBad) {
                    throw e;
                }
                problems.add(e.getMessage());
            }
        }
        return true;
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T t = next;
        next = null;
        return t;
    }

    /** @return the messages of the skipped records, {@code file:line: what is wrong} */
    public List<String> problems() {
        return List.copyOf(problems);
    }
}
