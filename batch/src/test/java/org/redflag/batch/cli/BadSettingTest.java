package org.redflag.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad {@code redflag.*} setting given outside the command line, in an environment variable or as a JVM option, is
 * named as it was given: the user looks for {@code REDFLAG_CHUNK_SIZE} in their environment, not for an option they
 * never typed. A real child process, as only it has an environment of its own.
 */
class BadSettingTest {

    @TempDir
    Path tmp;

    @Test
    void aSettingFromAnEnvironmentVariableThatIsNotANumberIsNamedAsTheVariable() throws Exception {
        assertThat(scan(Map.of("REDFLAG_CHUNK_SIZE", "abc"), List.of())).isEqualTo("redflag scan: environment variable "
                + "REDFLAG_CHUNK_SIZE=abc is not a valid value: a whole number is expected (see redflag scan --help)");
    }

    @Test
    void aSettingFromAnEnvironmentVariableOutOfRangeIsNamedAsTheVariable() throws Exception {
        assertThat(scan(Map.of("REDFLAG_CRAWL_THREADS", "0"), List.of())).isEqualTo("redflag scan: environment variable "
                + "REDFLAG_CRAWL_THREADS=0 is out of range: it must be at least 1 (see redflag scan --help)");
    }

    @Test
    void aSettingFromAJvmOptionIsNamedAsTheOption() throws Exception {
        assertThat(scan(Map.of(), List.of("-Dredflag.skip-limit=-1"))).isEqualTo("redflag scan: -Dredflag.skip-limit=-1 "
                + "is out of range: it must be at least 1 (see redflag scan --help)");
    }

    /**
     * Runs {@code redflag scan --demo} in a child process with an environment and JVM options of its own.
     *
     * @return its standard error, which must be one line, after it exited with 2 (bad usage)
     */
    private String scan(Map<String, String> environment, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        cmd.addAll(jvmOptions);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), RedflagCommand.class.getName(), "scan", "--demo",
                "--data", tmp.resolve("data").toString()));
        ProcessBuilder builder = new ProcessBuilder(cmd).redirectOutput(tmp.resolve("out.log").toFile())
                .redirectError(tmp.resolve("err.log").toFile());
        builder.environment().keySet().removeIf(name -> name.toUpperCase(java.util.Locale.ROOT).startsWith("REDFLAG"));
        builder.environment().putAll(environment);
        Process child = builder.start();
        try {
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("the child ended").isTrue();
        } finally {
            child.destroyForcibly();
        }
        String err = Files.readString(tmp.resolve("err.log"), StandardCharsets.UTF_8);
        assertThat(child.exitValue()).as(err).isEqualTo(2);
        assertThat(err.strip().lines()).as(err).hasSize(1);
        return err.strip();
    }
}
