package org.redflag.batch.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.redflag.RedflagException;
import org.redflag.classify.weka.ModelFiles;
import org.redflag.batch.rescore.RescoreJobConfiguration;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code redflag rescore}: every analysed ad in the index scored again with another model, without CoreNLP. */
@Command(name = "rescore", mixinStandardHelpOptions = true,
        description = {"Runs the rescore job: every analysed ad in the index is scored again with the model given, "
                + "from its stored analysis (no CoreNLP), with the current indicator rules.",
                "Exit code: 0 when every ad was re-scored or skipped as bad, 1 when the job failed, 2 on bad usage."},
        footer = {"", "Examples:", "  redflag rescore --model models/new.model", "  redflag rescore --model new.model --data /var/lib/redflag"})
final class RescoreCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--model", paramLabel = "FILE", required = true, description = "the model file to score with")
    Path model;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "redflag-data",
            description = "where the index and the job repository live (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--chunk-size", paramLabel = "N", defaultValue = "1000", converter = Ranges.AtLeastOne.class, description = "ads re-scored between two commits "
            + "(default: ${DEFAULT-VALUE})")
    int chunkSize;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", converter = Ranges.AtLeastOne.class, description = "ads scored at once (default: ${DEFAULT-VALUE})")
    int threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ModelFiles.read(model); // a bad model fails now, in one line, and leaves no failed job to restart
        if (!Files.isDirectory(data.resolve("index"))) {
            throw new RedflagException("no index in " + data + ": run redflag scan first");
        }
        String[] args = {"--redflag.data-dir=" + data.toAbsolutePath(), "--redflag.model=" + model.toAbsolutePath(),
                "--redflag.chunk-size=" + chunkSize, "--redflag.rescore-threads=" + threads};
        long started = System.nanoTime();
        SpringStart spring = new SpringStart();
        try (ConfigurableApplicationContext ctx = spring.run(args)) {
            Job job = ctx.getBean(RescoreJobConfiguration.JOB, Job.class);
            JobExecution execution = ctx.getBean(JobOperator.class).start(job, new JobParametersBuilder()
                    .addLong("run.at", System.currentTimeMillis())
                    .addString(RescoreJobConfiguration.MODEL, model.toAbsolutePath().toString())
                    .toJobParameters());
            return summary(execution, (System.nanoTime() - started) / 1e9);
        } catch (RedflagException e) {
            throw e;
        } catch (Exception e) {
            throw spring.usageOrFailure(spec, "the rescore failed", e);
        }
    }

    private int summary(JobExecution execution, double seconds) {
        PrintWriter out = spec.commandLine().getOut();
        long written = 0;
        long skipped = 0;
        double stepSeconds = 0;
        for (StepExecution s : execution.getStepExecutions()) {
            written += s.getWriteCount();
            skipped += s.getSkipCount();
            if (s.getStartTime() != null && s.getEndTime() != null) {
                stepSeconds += java.time.Duration.between(s.getStartTime(), s.getEndTime()).toNanos() / 1e9;
            }
        }
        out.printf(Locale.ROOT, "rescore %d %s: %d ads re-scored, %d skipped with model %s in %.1f s (%.0f ads/s in the job, "
                        + "%.1f s in all)%n", execution.getId(), execution.getStatus().name().toLowerCase(Locale.ROOT), written,
                skipped, model.getFileName(), stepSeconds, stepSeconds > 0 ? written / stepSeconds : 0.0, seconds);
        for (Throwable t : execution.getAllFailureExceptions()) {
            spec.commandLine().getErr().println("redflag rescore: " + RedflagCommand.userError(t).getMessage());
        }
        out.flush();
        return execution.getStatus() == BatchStatus.COMPLETED ? 0 : 1;
    }
}
