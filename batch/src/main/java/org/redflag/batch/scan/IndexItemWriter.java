package org.redflag.batch.scan;

import java.util.function.IntSupplier;
import org.redflag.index.AdIndex;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of scored ads in the index (the analysis, features and assessment; or the assessment alone when
 * only it changed) and commits once, so that a killed scan loses at most one chunk.
 */
public class IndexItemWriter implements ItemWriter<ScoredAd> {

    /** The writer's name, as the step reports it. */
    public static final String NAME = "indexWriter";

    private final AdIndex index;
    private final Progress progress;

    /**
     * @param index where the ads go
     * @param progress shows how far the step is
     */
    public IndexItemWriter(AdIndex index, Progress progress) {
        this.index = index;
        this.progress = progress;
    }

    @Override
    public void write(Chunk<? extends ScoredAd> chunk) {
        if (chunk.isEmpty()) {
            return; // every ad of the chunk was skipped
        }
        for (ScoredAd ad : chunk) {
            if (ad.analysis() == null) {
                index.storeAssessment(ad.adId(), ad.assessment());
            } else {
                index.store(ad.analysis(), ad.features(), ad.assessment());
            }
        }
        index.commit();
        progress.advance(chunk.size());
    }

    /** A console progress bar for a step of known size; as the step's listener, it ends its line when the step ends. */
    public static final class Progress implements org.springframework.batch.core.listener.StepExecutionListener {
        private final String label;
        private final IntSupplier total;
        private int done;
        private boolean open;

        /**
         * @param label what is being done
         * @param total how many items in all, asked when the bar is drawn
         */
        public Progress(String label, IntSupplier total) {
            this.label = label;
            this.total = total;
        }

        synchronized void advance(int n) {
            done += n;
            int all = Math.max(done, total.getAsInt());
            int width = 30;
            int filled = all == 0 ? width : done * width / all;
            System.err.printf("\r%s [%s%s] %d/%d", label, "#".repeat(filled), " ".repeat(width - filled), done, all);
            open = done < all;
            if (!open) {
                System.err.println();
            }
        }

        @Override
        public synchronized org.springframework.batch.core.ExitStatus afterStep(org.springframework.batch.core.step.StepExecution stepExecution) {
            if (open) {
                System.err.println();
                open = false;
            }
            done = 0;
            return null;
        }
    }
}
