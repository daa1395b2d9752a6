package org.redflag.batch.scan;

import java.nio.file.Path;
import java.time.Instant;
import org.redflag.index.AdIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.core.step.tasklet.Tasklet;

/**
 * The link step: after the analysis, finds the near-duplicate clusters and the contact networks over
 * the whole index and stores them as {@link ScanLinks} in the data folder, for the report and for
 * anyone who reads the folder. Counts go to the step's execution context.
 */
public class LinkTasklet implements Tasklet {

    /** Keys of the counts in the step's execution context. */
    public static final String CLUSTERS_KEY = "links.clusters";
    /** Clusters whose text appears under several employer names. */
    public static final String TEMPLATES_KEY = "links.templates";
    /** Contact networks. */
    public static final String NETWORKS_KEY = "links.networks";
    /** Contact networks that span several employer names or sites. */
    public static final String FLAGGED_KEY = "links.flaggedNetworks";

    /** Key of the stored links' path in the job's execution context. */
    public static final String LINKS_KEY = "links.path";

    private static final Logger LOG = LoggerFactory.getLogger(LinkTasklet.class);

    private final AdIndex index;
    private final Path dataDir;

    /**
     * @param index the scored ads
     * @param dataDir where {@link ScanLinks#FILE} goes
     */
    public LinkTasklet(AdIndex index, Path dataDir) {
        this.index = index;
        this.dataDir = dataDir;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        long start = System.nanoTime();
        ScanLinks links = new ScanLinks(Instant.now().toString(), index.size(), index.clusters(), index.networks());
        Path file = links.write(dataDir);
        chunkContext.getStepContext().getStepExecution().getJobExecution().getExecutionContext().putString(LINKS_KEY, file.toString());
        ExecutionContext ctx = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        ctx.putInt(CLUSTERS_KEY, links.clusters().size());
        ctx.putInt(TEMPLATES_KEY, links.templates().size());
        ctx.putInt(NETWORKS_KEY, links.networks().size());
        ctx.putInt(FLAGGED_KEY, links.flaggedNetworks().size());
        LOG.info("linked {} ads in {} ms: {} near-duplicate clusters ({} under several employer names), {} contact networks "
                        + "({} spanning several employers or sites)", links.ads(), (System.nanoTime() - start) / 1_000_000,
                links.clusters().size(), links.templates().size(), links.networks().size(), links.flaggedNetworks().size());
        return RepeatStatus.FINISHED;
    }
}
