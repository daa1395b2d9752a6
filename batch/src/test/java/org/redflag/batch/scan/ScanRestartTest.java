package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.batch.cli.RedflagCommand;
import org.redflag.batch.report.ReportFiles;
import org.redflag.index.lucene.LuceneAdIndex;

/**
 * A scan killed in the middle of its analysis step (SIGKILL, a real child process) and run again
 * finishes the job where it stopped: every ad is analysed exactly once, the numbers add up, and the
 * restarted scan keeps its number (its messages, its report folder); the next scan takes the next one.
 */
class ScanRestartTest {

    static final int ADS = 20;
    static final int CHUNK = 2;
    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final Pattern PROGRESS = Pattern.compile("analysing \\[[# ]*\\] (\\d+)/(\\d+)");

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
    void aKilledScanRestartsWhereItStoppedAndAnalysesEveryAdOnce() throws Exception {
        Path data = tmp.resolve("data");
        Path log = tmp.resolve("child.log");
        String[] scan = {"scan", "--demo", "--data", data.toString(), "--redflag.demo-ads=" + ADS,
                "--redflag.chunk-size=" + CHUNK};

        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx2g", "-cp", System.getProperty("java.class.path"), RedflagCommand.class.getName()));
        cmd.addAll(List.of(scan));
        child = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        // the analysis step shows its progress after each chunk it has committed to the index
        int committed = awaitAnalysed(log, CHUNK);
        child.destroyForcibly();
        child.waitFor();
        assertThat(committed).as("the child was killed before it finished its analysis").isLessThan(ADS);

        List<String> analysedBefore;
        List<String> pendingBefore;
        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            analysedBefore = index.analysedIds();
            pendingBefore = index.pendingIds();
        }
        assertThat(analysedBefore.size() + pendingBefore.size()).isEqualTo(ADS);
        assertThat(analysedBefore).hasSizeGreaterThanOrEqualTo(committed);
        assertThat(pendingBefore).as("ads left for the restart").isNotEmpty();

        // the killed run's recorded writes lag the index by at most the chunk that was being committed; set them to
        // that worst case, as a kill between the index's commit and Spring Batch's leaves them
        String analysis = "STEP_NAME = '" + ScanJobConfiguration.ANALYZE_STEP + "'";
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("jobs/batch"), "sa", "");
             Statement update = db.createStatement()) {
            List<String> killedWrites = rows(db, "select WRITE_COUNT from BATCH_STEP_EXECUTION where " + analysis);
            assertThat(killedWrites).hasSize(1);
            assertThat(Integer.parseInt(killedWrites.get(0))).isBetween(analysedBefore.size() - CHUNK, analysedBefore.size());
            update.executeUpdate("update BATCH_STEP_EXECUTION set WRITE_COUNT = " + (analysedBefore.size() - CHUNK)
                    + " where " + analysis);
        }

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RedflagCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), scan);
        assertThat(code).as("second run's output:%n%s%n%s", out, err).isZero();

        try (LuceneAdIndex index = LuceneAdIndex.open(data.resolve("index"))) {
            List<String> analysed = index.analysedIds();
            assertThat(index.pendingIds()).isEmpty();
            assertThat(new HashSet<>(analysed)).hasSize(analysed.size()).hasSize(ADS)
                    .containsAll(analysedBefore).containsAll(pendingBefore);
            assertThat(index.size()).as("one document per ad, no duplicates").isEqualTo(ADS);
        }

        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("jobs/batch"), "sa", "")) {
            List<String> executions = rows(db, "select JOB_EXECUTION_ID, STATUS from BATCH_JOB_EXECUTION order by JOB_EXECUTION_ID");
            assertThat(executions).hasSize(2);
            assertThat(rows(db, "select count(*) from BATCH_JOB_INSTANCE")).as("the same scan, restarted").containsExactly("1");
            String killedId = executions.get(0).split(" ")[0];
            String restartId = executions.get(1).split(" ")[0];
            assertThat(executions).containsExactly(killedId + " FAILED", restartId + " COMPLETED");
            // the killed execution's id and the restart's differ, and a database killed with its process skips ids:
            // the user's numbers are the scan's, 1 throughout
            assertThat(out.toString())
                    .contains("scan 1 was interrupted (its process is gone); marked failed")
                    .contains("restarting scan 1 where it stopped (in " + ScanJobConfiguration.ANALYZE_STEP + ")")
                    .contains("report: " + data.resolve("reports/run-1/report.html"))
                    .contains("scan 1 completed");
            // the restart did not crawl again, and its analysis wrote exactly the ads the killed run had not committed
            assertThat(rows(db, "select STEP_NAME, STATUS, READ_COUNT, WRITE_COUNT,"
                    + " READ_SKIP_COUNT + PROCESS_SKIP_COUNT + WRITE_SKIP_COUNT from BATCH_STEP_EXECUTION"
                    + " where JOB_EXECUTION_ID = " + restartId + " order by STEP_EXECUTION_ID"))
                    .containsExactly(ScanJobConfiguration.ANALYZE_STEP + " COMPLETED " + pendingBefore.size() + " "
                                    + pendingBefore.size() + " 0",
                            ScanJobConfiguration.LINK_STEP + " COMPLETED 0 0 0",
                            ScanJobConfiguration.REPORT_STEP + " COMPLETED 0 0 0");
            assertThat(rows(db, "select STATUS from BATCH_STEP_EXECUTION where " + analysis + " and JOB_EXECUTION_ID = " + killedId))
                    .containsExactly("FAILED");
            assertThat(ReportFiles.readSummary(data.resolve("reports/run-1")).analysed())
                    .as("the report counts both attempts' analyses as the index does, not as the killed attempt recorded them")
                    .isEqualTo(ADS);
        }
        try (Stream<Path> reports = Files.list(data.resolve("reports"))) {
            assertThat(reports.map(p -> p.getFileName().toString())).containsExactly("run-1");
        }

        StringWriter report = new StringWriter();
        assertThat(RedflagCommand.execute(new PrintWriter(report, true), new PrintWriter(err, true),
                "report", "--run", "1", "--data", data.toString())).as("report --run 1: %s", err).isZero();
        assertThat(report.toString()).contains("report: " + data.resolve("reports/run-1/report.html"));

        StringWriter next = new StringWriter();
        assertThat(RedflagCommand.execute(new PrintWriter(next, true), new PrintWriter(err, true), scan))
                .as("third run's output:%n%s%n%s", next, err).isZero();
        assertThat(next.toString()).doesNotContain("restarting").contains("scan 2 completed");
        assertThat(data.resolve("reports/run-2/report.html")).exists();
    }

    /** Waits until the child's progress shows at least {@code n} ads analysed, and returns how many. */
    private int awaitAnalysed(Path log, int n) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            String text = Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
            Matcher m = PROGRESS.matcher(text);
            int done = -1;
            while (m.find()) {
                done = Integer.parseInt(m.group(1));
            }
            if (done >= n) {
                return done;
            }
            if (!child.isAlive()) {
                throw new AssertionError("the scan ended (exit " + child.exitValue() + ") before it analysed " + n + " ads:\n" + text);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the scan analysed fewer than " + n + " ads in " + PATIENCE + ":\n" + Files.readString(log));
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? " " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
