package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.RedflagException;
import org.redflag.batch.RedflagProperties;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.support.JobOperatorFactoryBean;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * How the launcher numbers a data folder's scans, over a job repository in H2 and a scan job of one step that
 * does nothing (or fails, on demand): the numbers the console prints and the report folders are named after.
 */
class ScanLauncherTest {

    private final AtomicBoolean failing = new AtomicBoolean();
    private EmbeddedDatabase db;
    private JobRepository repository;
    private JobOperator operator;
    private Job job;

    @BeforeEach
    void repository() throws Exception {
        db = new EmbeddedDatabaseBuilder().generateUniqueName(true).setType(EmbeddedDatabaseType.H2)
                .addScript("org/springframework/batch/core/schema-h2.sql").build();
        JdbcTransactionManager tx = new JdbcTransactionManager(db);
        JdbcJobRepositoryFactoryBean repositories = new JdbcJobRepositoryFactoryBean();
        repositories.setDataSource(db);
        repositories.setTransactionManager(tx);
        repositories.afterPropertiesSet();
        repository = repositories.getObject();
        job = new JobBuilder(ScanJobConfiguration.JOB, repository)
                .start(new StepBuilder("work", repository).tasklet((contribution, chunk) -> {
                    if (failing.get()) {
                        throw new RedflagException("the site is down");
                    }
                    return RepeatStatus.FINISHED;
                }, tx).build())
                .build();
        MapJobRegistry jobs = new MapJobRegistry();
        jobs.register(job);
        JobOperatorFactoryBean operators = new JobOperatorFactoryBean();
        operators.setJobRepository(repository);
        operators.setJobRegistry(jobs);
        operators.setTransactionManager(tx);
        operators.afterPropertiesSet();
        operator = operators.getObject();
    }

    @AfterEach
    void closeDatabase() {
        db.shutdown();
    }

    private ScanLauncher launcher(String dataDir) {
        RedflagProperties props = new RedflagProperties(Path.of(dataDir), null, true, 120, null, 20, 1000, 2, 2,
                java.time.Duration.ofSeconds(60));
        return new ScanLauncher(repository, operator, job, props);
    }

    /** Leaves an execution as a process killed in the middle of it does: {@code STARTED}, with no end. */
    private void killedDuring(JobExecution execution) {
        JobExecution stored = repository.getJobExecution(execution.getId());
        stored.setStatus(BatchStatus.STARTED);
        stored.setExitStatus(ExitStatus.UNKNOWN);
        stored.setEndTime(null);
        repository.update(stored);
    }

    @Test
    void aKilledScanRestartsUnderItsOwnNumberAndTheNextScanTakesTheNextOne() throws Exception {
        ScanLauncher launcher = launcher("/srv/redflag");
        List<String> notices = new ArrayList<>();
        assertThat(ScanNumber.of(launcher.run(notices::add))).isEqualTo(1);
        failing.set(true);
        JobExecution second = launcher.run(notices::add);
        assertThat(ScanNumber.of(second)).isEqualTo(2);
        killedDuring(second);
        failing.set(false);

        JobExecution restart = launcher.run(notices::add);

        assertThat(restart.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(restart.getId()).as("a restart is a new execution").isNotEqualTo(second.getId());
        assertThat(ScanNumber.of(restart)).isEqualTo(2);
        assertThat(notices).containsExactly("scan 2 was interrupted (its process is gone); marked failed",
                "restarting scan 2 where it stopped (in work) (attempt 2 of 3)");
        assertThat(ScanNumber.of(launcher.run(notices::add))).isEqualTo(3);
    }

    @Test
    void aDataFolderWhoseRepositoryForgotItsScansNeverReusesTheNumberOfAReportItHolds(@TempDir Path data)
            throws Exception {
        // as after the job repository was emptied, or the data folder moved (its scans recorded under its old path)
        java.nio.file.Files.createDirectories(data.resolve("reports/run-1"));
        java.nio.file.Files.createDirectories(data.resolve("reports/run-2"));

        assertThat(ScanNumber.of(launcher(data.toString()).run(n -> { }))).as("not 1: run-1 would be overwritten")
                .isEqualTo(3);
        assertThat(ScanNumber.of(launcher(data.toString()).run(n -> { }))).isEqualTo(4);
    }

    @Test
    void scansOfOtherDataFoldersInTheSameRepositoryLeaveTheNumbersAlone() throws Exception {
        assertThat(ScanNumber.of(launcher("/srv/a").run(n -> { }))).isEqualTo(1);
        ScanLauncher busy = launcher("/srv/b");
        for (int i = 1; i <= 45; i++) {
            assertThat(ScanNumber.of(busy.run(n -> { }))).isEqualTo(i);
        }
        assertThat(ScanNumber.of(launcher("/srv/a").run(n -> { }))).as("not 1 again: run-1 would be overwritten")
                .isEqualTo(2);
    }

    @Test
    void aScanStartedBeforeScansWereNumberedIsFollowedByTheNumberAfterItsId() throws Exception {
        launcher("/srv/other").run(n -> { });
        launcher("/srv/other").run(n -> { });
        JobExecution unnumbered = operator.start(job, new JobParametersBuilder().addLong("run.at", 1L)
                .addString(ScanLauncher.DATA_DIR, "/srv/redflag", false).toJobParameters());
        assertThat(ScanNumber.of(unnumbered)).as("what named it and its report folder then")
                .isEqualTo(unnumbered.getId());

        assertThat(ScanNumber.of(launcher("/srv/redflag").run(n -> { }))).isEqualTo(unnumbered.getId() + 1);
    }
}
