package org.redflag.batch.scan;

import java.io.PrintWriter;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.redflag.batch.ConsoleProgress;
import org.redflag.index.AdIndex;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.SkipListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Stores a chunk of scored ads in the index (the analysis, features and assessment; or the assessment alone when
 * only it changed) and commits once, with the refusals of the chunk's skipped ads, so that a killed scan loses at
 * most one chunk. A writer that counts its writes
 * commits the count with them ({@link AdIndex#commit(String, long)}), so the count is right even when the process is
 * killed between the index's commit and Spring Batch's; as a listener of its step (Spring Batch registers the writer
 * of a chunk-oriented step as one), it learns the count's name there.
 */
public class IndexItemWriter implements ItemWriter<ScoredAd>, StepExecutionListener {

    /** The writer's name, as the step reports it. */
    public static final String NAME = "indexWriter";

    private final AdIndex index;
    private final Progress progress;
    private final Function<JobExecution, String> tallyOfJob;
    private volatile String tally;

    /**
     * A writer that does not count its writes.
     *
     * @param index where the ads go
     * @param progress shows how far the step is
     */
    public IndexItemWriter(AdIndex index, Progress progress) {
        this(index, progress, null);
    }

    /**
     * @param index where the ads go
     * @param progress shows how far the step is
     * @param tallyOfJob names the index's count of the writes, from the step's job; null counts none
     */
    public IndexItemWriter(AdIndex index, Progress progress, Function<JobExecution, String> tallyOfJob) {
        this.index = index;
        this.progress = progress;
        this.tallyOfJob = tallyOfJob;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        tally = tallyOfJob == null ? null : tallyOfJob.apply(stepExecution.getJobExecution());
    }

    @Override
    public void write(Chunk<? extends ScoredAd> chunk) {
        // a chunk whose every ad was skipped is committed too: the refusals of its ads are writes of the index
        for (ScoredAd ad : chunk) {
            if (ad.analysis() == null) {
                index.storeAssessment(ad.adId(), ad.assessment());
            } else {
                index.store(ad.analysis(), ad.features(), ad.assessment());
            }
        }
        if (tallyOfJob == null) {
            index.commit();
        } else if (tally == null) {
            throw new IllegalStateException("the index writer counts its writes and was not told its step (beforeStep)");
        } else {
            index.commit(tally, chunk.size());
        }
        progress.advance(chunk.size());
    }

    /**
     * The progress of a step of known size on standard error: an ad written or skipped is done. As the step's
     * listener (Spring Batch registers it as a skip listener too), it counts the skipped ads and ends its line when
     * the step ends.
     */
    public static final class Progress implements StepExecutionListener, SkipListener<String, ScoredAd> {
        private final ConsoleProgress console;
        private final IntSupplier total;
        private int done;

        /**
         * @param label what is being done
         * @param total how many items in all, asked each time the progress is shown
         */
        public Progress(String label, IntSupplier total) {
            this(ConsoleProgress.on(new PrintWriter(System.err, true), label), total);
        }

        Progress(ConsoleProgress console, IntSupplier total) {
            this.console = console;
            this.total = total;
        }

        synchronized void advance(int n) {
            done += n;
            console.show(done, total.getAsInt());
        }

        @Override
        public void onSkipInProcess(String item, Throwable t) {
            advance(1);
        }

        @Override
        public void onSkipInWrite(ScoredAd item, Throwable t) {
            advance(1);
        }

        @Override
        public synchronized org.springframework.batch.core.ExitStatus afterStep(org.springframework.batch.core.step.StepExecution stepExecution) {
            console.end();
            done = 0;
            return null;
        }
    }
}
