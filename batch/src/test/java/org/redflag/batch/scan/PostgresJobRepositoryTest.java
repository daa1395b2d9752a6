package org.redflag.batch.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.redflag.ad.JobAd;
import org.redflag.batch.RedflagApplication;
import org.redflag.index.lucene.LuceneAdIndex;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The scan job with its job repository in PostgreSQL (127.0.0.1:5432, database {@code test}, user
 * {@code postgres}; {@code -Ppostgres}). Each run works in a schema of its own, dropped afterwards,
 * so reruns and other users of the database see nothing of it.
 */
@EnabledIfSystemProperty(named = "redflag.postgres", matches = "true")
@SpringBatchTest
@SpringBootTest(classes = RedflagApplication.class, properties = {"redflag.demo=true", "redflag.demo-ads=6"})
class PostgresJobRepositoryTest {

    static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/test";
    static final String USER = "postgres";
    static final String SCHEMA = "redflag_test_" + UUID.randomUUID().toString().replace("-", "").toLowerCase(Locale.ROOT);

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) throws SQLException {
        try (Connection db = connect(); Statement st = db.createStatement()) {
            st.execute("create schema " + SCHEMA);
        }
        registry.add("redflag.data-dir", () -> data.toString());
        registry.add("spring.datasource.url", () -> SERVER + "?currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
    }

    @AfterAll
    static void dropSchema() throws SQLException {
        try (Connection db = connect(); Statement st = db.createStatement()) {
            st.execute("drop schema if exists " + SCHEMA + " cascade");
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(SERVER, USER, "");
    }

    @Autowired
    JobOperatorTestUtils jobs;

    @Autowired
    LuceneAdIndex index;

    @Autowired
    Job scanJob;

    @Test
    void theScanJobKeepsItsRepositoryInPostgres() throws Exception {
        // an ad with no text waits in the index: the analysis step skips it, and the skip is recorded
        index.upsert(JobAd.builder().id("empty-ad").source("test").build());
        index.commit();
        jobs.setJob(scanJob);

        JobExecution run = jobs.startJob(jobs.getUniqueJobParameters());

        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        Map<String, StepExecution> steps = ScanJobFunctionalTest.steps(run);
        assertThat(steps.get(ScanJobConfiguration.CRAWL_STEP).getReadCount()).isEqualTo(6);
        StepExecution analyze = steps.get(ScanJobConfiguration.ANALYZE_STEP);
        assertThat(analyze.getReadCount()).isEqualTo(7);
        assertThat(analyze.getWriteCount()).isEqualTo(6);
        assertThat(analyze.getSkipCount()).isEqualTo(1);

        try (Connection db = connect()) {
            assertThat(rows(db, "select table_name from information_schema.tables where table_schema = ?"
                    + " and table_name = 'batch_job_execution'", SCHEMA)).containsExactly("batch_job_execution");
            assertThat(rows(db, "select job_execution_id || ' ' || status || ' ' || exit_code from " + SCHEMA
                    + ".batch_job_execution")).containsExactly(run.getId() + " COMPLETED COMPLETED");
            assertThat(rows(db, "select step_name || ' ' || status || ' ' || read_count || ' ' || write_count || ' '"
                    + " || (read_skip_count + process_skip_count + write_skip_count) from " + SCHEMA
                    + ".batch_step_execution where job_execution_id = ? order by step_execution_id", run.getId()))
                    .containsExactlyInAnyOrder(ScanJobConfiguration.CRAWL_STEP + " COMPLETED 6 6 0",
                            ScanJobConfiguration.CRAWL_SITE_STEP + ":site:classifieds-corner COMPLETED 3 3 0",
                            ScanJobConfiguration.CRAWL_SITE_STEP + ":site:global-jobs-hub COMPLETED 3 3 0",
                            ScanJobConfiguration.ANALYZE_STEP + " COMPLETED 7 6 1",
                            ScanJobConfiguration.LINK_STEP + " COMPLETED 0 0 0",
                            ScanJobConfiguration.REPORT_STEP + " COMPLETED 0 0 0");
        }
    }

    private static List<String> rows(Connection db, String sql, Object... args) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
        }
        return rows;
    }
}
