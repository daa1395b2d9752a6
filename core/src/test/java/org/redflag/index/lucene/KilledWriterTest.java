package org.redflag.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real writer process killed with SIGKILL in the middle of its writes leaves the last commit
 * readable, its write lock blocks nobody, and the next run goes on from that commit to the end with
 * no ad stored twice. The same holds for assessments changed in place by a re-scoring.
 */
class KilledWriterTest {

    static final int BATCH = 100;

    @TempDir
    Path dir;

    Process child;

    @AfterEach
    void killChild() {
        if (child != null && child.isAlive()) {
            child.destroyForcibly();
        }
    }

    Process start(int total) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), IndexWritingChild.class.getName(),
                dir.toString(), String.valueOf(total), String.valueOf(BATCH)));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    @Test
    void aWriterKilledMidWriteLeavesItsLastCommitAndTheNextRunGoesOnFromIt() throws Exception {
        child = start(1_000_000);
        int committed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("committed ")) {
                    committed = Integer.parseInt(line.substring("committed ".length()));
                    if (committed >= 3 * BATCH) {
                        child.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close, mid-batch
                        break;
                    }
                }
            }
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(committed).as("the child committed three batches before it was killed").isGreaterThanOrEqualTo(3 * BATCH);
        assertThat(dir.resolve("write.lock")).as("the dead writer's lock file stays; only its OS lock died with it").exists();

        int kept;
        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            kept = index.size();
            assertThat(kept).as("the last commit: whole batches, at least the ones reported").isGreaterThanOrEqualTo(committed)
                    .matches(n -> n % BATCH == 0, "a multiple of the batch size");
            assertThat(index.pendingIds()).containsExactlyInAnyOrderElementsOf(ids(kept));
            assertThat(index.get("ad-" + (kept - 1)).orElseThrow().ad()).isEqualTo(IndexWritingChild.ad(kept - 1));
        }

        int total = kept + 250;
        child = start(total);
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("done new=250 unchanged=" + kept);

        try (LuceneAdIndex index = LuceneAdIndex.open(dir)) {
            List<String> pending = index.pendingIds();
            assertThat(index.size()).isEqualTo(total);
            assertThat(new HashSet<>(pending)).hasSize(pending.size()).containsExactlyInAnyOrderElementsOf(ids(total));
        }
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertThat(reader.numDocs()).as("no ad twice in the committed index").isEqualTo(total);
        }
        assertThat(Files.exists(dir.resolve("write.lock"))).isTrue();
    }

    @Test
    void aReScoringKilledBetweenCommitsLeavesTheAssessmentsOfItsLastCommit(@TempDir Path index) throws Exception {
        int ads = 500;
        int commits = 3;
        child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AssessmentWritingChild.class.getName(),
                index.toString(), String.valueOf(ads), String.valueOf(BATCH), String.valueOf(commits)).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals("uncommitted"); line = out.readLine()) {
                lines.add(line);
            }
            child.destroyForcibly(); // with one batch changed in place and not committed
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(lines).as("the child's output").endsWith("committed " + commits * BATCH);

        try (LuceneAdIndex reopened = LuceneAdIndex.open(index)) {
            assertThat(reopened.size()).isEqualTo(ads);
            var high = reopened.search(org.redflag.index.AdQuery.builder().level(org.redflag.classify.RiskLevel.HIGH).limit(ads).build());
            assertThat(high.total()).as("the committed batches, not the one after").isEqualTo(commits * BATCH);
            assertThat(high.hits()).extracting(h -> h.ad().ad().id())
                    .containsExactlyInAnyOrderElementsOf(IntStream.range(0, commits * BATCH).mapToObj(AssessmentWritingChild::id).toList());
            for (int i : new int[] {0, commits * BATCH - 1, commits * BATCH, ads - 1}) {
                String id = AssessmentWritingChild.id(i);
                var features = reopened.storedFeatures(id).orElseThrow();
                assertThat(reopened.get(id).orElseThrow().assessment()).as(id)
                        .isEqualTo(AssessmentWritingChild.assessment(id, features, i < commits * BATCH));
            }
        }
    }

    static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "ad-" + i).toList();
    }
}
