package org.redflag.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.cli.RedflagCommand;
import org.redflag.index.lucene.LuceneAdIndex;

/**
 * {@code redflag run --schedule} in a real child process: it scans on the schedule, and SIGTERM stops it
 * cleanly: exit 0, the index released and whole, no scan left running in the job repository.
 */
class ScheduledRunTest {

    static final int ADS = 6;
    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final Pattern COMPLETED = Pattern.compile("scan \\d+ completed");

    @TempDir
    Path tmp;

    Process child;

    @AfterEach
    void killChild() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
    }

    @Test
    void scansOnTheScheduleAndStopsCleanlyOnSigterm() throws Exception {
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("child.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), RedflagCommand.class.getName(),
                "run", "--schedule", "*/4 * * * * *", "--demo", "--data", data.toString(), "--redflag.demo-ads=" + ADS));
        child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!COMPLETED.matcher(read(log)).find()) {
            assertThat(child.isAlive()).as("the scheduler ended early:%n%s", read(log)).isTrue();
            assertThat(System.nanoTime()).as("no scan completed in %s:%n%s", PATIENCE, read(log)).isLessThan(deadline);
            Thread.sleep(100);
        }
        child.destroy(); // SIGTERM
        assertThat(child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).as("stopped after SIGTERM:%n%s", read(log)).isTrue();
        String output = read(log);
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("scans scheduled on \"*/4 * * * * *\"").contains(" stopped");

        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            List<String> analysed = index.analysedIds();
            assertThat(new HashSet<>(analysed)).hasSize(analysed.size());
            assertThat(analysed.size() + index.pendingIds().size()).isEqualTo(index.size()).isEqualTo(ADS);
            assertThat(analysed).as("the completed scan analysed every ad").hasSize(ADS);
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("jobs/batch"), "sa", "");
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("select STATUS from BATCH_JOB_EXECUTION")) {
            List<String> statuses = new ArrayList<>();
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
            assertThat(statuses).contains("COMPLETED").allMatch(s -> s.equals("COMPLETED") || s.equals("STOPPED"),
                    "every scan completed or was stopped (restartable), none left running");
        }
    }

    private static String read(Path log) throws java.io.IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }
}
