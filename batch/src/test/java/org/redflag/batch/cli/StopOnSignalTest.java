package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.RedflagApplication;
import org.redflag.batch.scan.AnalysisUnderWay;
import org.redflag.batch.scan.ScanLauncher;
import org.redflag.index.lucene.LuceneAdIndex;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * SIGTERM or Ctrl-C during {@code redflag scan}: the first signal stops the scan at a chunk boundary with what it
 * analysed kept and says so; a second one, or one before any scan runs, ends the process at once.
 */
@SpringBootTest(classes = RedflagApplication.class,
        properties = {"redflag.demo=true", "redflag.demo-ads=" + StopOnSignalTest.ADS, "redflag.chunk-size=2"})
class StopOnSignalTest {

    static final int ADS = 10;
    static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void dataDir(DynamicPropertyRegistry registry) {
        registry.add("redflag.data-dir", () -> data.toString());
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + data.resolve("jobs/batch"));
    }

    @Autowired
    ScanLauncher launcher;

    @Autowired
    JobRepository repository;

    @Autowired
    LuceneAdIndex index;

    @Test
    void theFirstSignalStopsTheScanAtAChunkAndASecondEndsTheProcess() throws Exception {
        StringWriter said = new StringWriter();
        AtomicInteger halts = new AtomicInteger();
        StopOnSignal signal = new StopOnSignal(launcher, new PrintWriter(said), halts::incrementAndGet);

        CompletableFuture<JobExecution> scan = AnalysisUnderWay.startScan(launcher, repository, PATIENCE);
        signal.run();
        JobExecution stopped = scan.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

        assertThat(stopped.getStatus()).isEqualTo(BatchStatus.STOPPED);
        assertThat(halts).as("the first signal does not end the process").hasValue(0);
        assertThat(said.toString()).startsWith("stopping: the scan ends at its next chunk");
        assertThat(index.analysedIds().size()).as("stopped before the analysis ended, with its chunks kept")
                .isBetween(1, ADS - 1);

        signal.run();
        assertThat(halts).as("the second signal ends the process").hasValue(1);
        assertThat(said.toString()).contains("ending at once");
    }

    @Test
    void aSignalWhileNoScanRunsEndsTheProcessAtOnce() {
        StringWriter said = new StringWriter();
        AtomicInteger halts = new AtomicInteger();

        new StopOnSignal(launcher, new PrintWriter(said), halts::incrementAndGet).run();

        assertThat(halts).hasValue(1);
        assertThat(said.toString()).startsWith("ending at once");
    }
}
