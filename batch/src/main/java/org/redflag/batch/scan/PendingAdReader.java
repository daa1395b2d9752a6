package org.redflag.batch.scan;

import java.util.Iterator;
import java.util.List;
import org.redflag.index.AdIndex;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the ids of the ads that wait for analysis, as the index lists them when the step opens.
 * It needs no restart state: an ad leaves the list when its assessment is committed, so a restarted
 * step reads exactly the ads the failed one had not finished.
 */
public class PendingAdReader implements ItemStreamReader<String> {

    /** The reader's name, as the step reports it. */
    public static final String NAME = "pendingAdReader";

    private final AdIndex index;
    private Iterator<String> ids;
    private int total;

    /** @param index the index whose pending ads to read */
    public PendingAdReader(AdIndex index) {
        this.index = index;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        List<String> pending = index.pendingIds();
        total = pending.size();
        ids = pending.iterator();
    }

    @Override
    public String read() {
        return ids != null && ids.hasNext() ? ids.next() : null;
    }

    /** @return how many ads waited for analysis when the step opened */
    public int total() {
        return total;
    }
}
