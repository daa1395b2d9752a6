package org.redflag.batch.rescore;

import java.util.List;
import org.redflag.index.AdIndex;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the ids of the analysed ads, in id order, as the index lists them when the step opens. It
 * saves how far it read, so a restarted step goes on after the last committed chunk.
 */
public class AnalysedAdReader extends AbstractItemCountingItemStreamItemReader<String> {

    /** The reader's name, as the step reports it and keys its restart state. */
    public static final String NAME = "analysedAdReader";

    private final AdIndex index;
    private List<String> ids = List.of();

    /** @param index the index whose analysed ads to read */
    public AnalysedAdReader(AdIndex index) {
        this.index = index;
        setName(NAME);
    }

    @Override
    protected void doOpen() {
        ids = index.analysedIds();
    }

    @Override
    protected String doRead() {
        int next = getCurrentItemCount() - 1;
        return next < ids.size() ? ids.get(next) : null;
    }

    @Override
    protected void doClose() {
        ids = List.of();
    }

    /** @return how many ads the step re-scores */
    public int total() {
        return ids.size();
    }
}
