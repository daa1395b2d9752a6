package org.redflag.index.lucene;

import java.nio.file.Path;
import org.redflag.ad.JobAd;
import org.redflag.index.Upsert;

/**
 * A process that writes numbered ads into an index and commits after every batch, for
 * {@link KilledWriterTest}. It goes over ads 0 to N-1 from the start, so that ads an earlier run
 * committed come back {@link Upsert#UNCHANGED}. It prints {@code committed K} after each commit and
 * {@code done new=… unchanged=…} at the end.
 *
 * <p>Arguments: the index folder, N, the batch size.
 */
public final class IndexWritingChild {

    private IndexWritingChild() {
    }

    static JobAd ad(int i) {
        return JobAd.builder().id("ad-" + i).source("board-" + (i % 3)).title("Warehouse job " + i)
                .employer("Employer " + (i % 17)).description("Packing and loading, shift " + i + ", call +44 20 7946 " + String.format("%04d", i % 10_000))
                .build();
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int total = Integer.parseInt(args[1]);
        int batch = Integer.parseInt(args[2]);
        int added = 0;
        int unchanged = 0;
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            for (int i = 0; i < total; i++) {
                if (index.upsert(ad(i)) == Upsert.UNCHANGED) {
                    unchanged++;
                } else {
                    added++;
                }
                if ((i + 1) % batch == 0) {
                    index.commit();
                    System.out.println("committed " + (i + 1));
                    System.out.flush();
                }
            }
            index.commit();
        }
        System.out.println("done new=" + added + " unchanged=" + unchanged);
        System.out.flush();
    }
}
