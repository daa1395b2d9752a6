package org.redflag.corpus;

import java.util.Iterator;
import java.util.List;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams the ads of one corpus file, one at a time. A malformed record throws a
 * {@link CorpusException} ({@code file:line: what is wrong}), or, when the reader skips bad records,
 * is counted in {@link #skipped()} and reported in {@link #problems()}.
 */
public interface CorpusReader extends Iterator<LabelledAd>, AutoCloseable {

    /** @return how many malformed records were skipped so far */
    int skipped();

    /** @return the messages of the skipped records, {@code file:line: what is wrong} */
    List<String> problems();

    /** @return the remaining ads as a stream */
    default Stream<LabelledAd> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, 0), false);
    }

    @Override
    void close();
}
