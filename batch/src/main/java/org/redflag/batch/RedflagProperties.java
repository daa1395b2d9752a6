package org.redflag.batch;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The application's settings ({@code redflag.*}).
 *
 * @param dataDir where the index, the job repository and the reports live
 * @param sitesDir a folder of site profiles ({@code *.json}) to scan; unused with {@code demo}
 * @param demo whether to serve and scan the demo board instead of {@code sitesDir}
 * @param demoAds how many ads the demo board publishes: corpus ads, then synthetic variants of them beyond the corpus's size
 * @param model a model file to score with; the default model when null
 * @param chunkSize how many ads are analysed between two commits
 * @param skipLimit how many bad ads a scan skips before it fails
 * @param crawlThreads how many sites are crawled at once
 * @param rescoreThreads how many ads the rescore job scores at once
 * @param analysisTimeLimit how long analysing one ad may take before a scan skips it: an ordinary ad takes milliseconds,
 *     an ad of tens of thousands of emoji or made-up words minutes of CoreNLP
 */
@ConfigurationProperties("redflag")
public record RedflagProperties(Path dataDir, Path sitesDir, boolean demo, @DefaultValue("120") int demoAds, Path model,
                                @DefaultValue("20") int chunkSize, @DefaultValue("1000") int skipLimit,
                                @DefaultValue("2") int crawlThreads, @DefaultValue("2") int rescoreThreads,
                                @DefaultValue("60s") Duration analysisTimeLimit) {

    /**
     * @throws BadSettingException when a count is below 1 (a chunk of 0 ads, -1 threads), or the time limit is not positive
     */
    public RedflagProperties {
        dataDir = dataDir == null ? Path.of("redflag-data") : dataDir;
        atLeastOne("redflag.demo-ads", demoAds);
        atLeastOne("redflag.chunk-size", chunkSize);
        atLeastOne("redflag.skip-limit", skipLimit);
        atLeastOne("redflag.crawl-threads", crawlThreads);
        atLeastOne("redflag.rescore-threads", rescoreThreads);
        if (analysisTimeLimit.isNegative() || analysisTimeLimit.isZero()) {
            throw new BadSettingException("redflag.analysis-time-limit", analysisTimeLimit.toMillis() + "ms",
                    "is out of range: it must be more than 0");
        }
    }

    private static void atLeastOne(String setting, int value) {
        if (value < 1) {
            throw new BadSettingException(setting, value, "is out of range: it must be at least 1");
        }
    }

    /**
     * A setting the application cannot run with: bad usage, told in one line that names it. Its message names it as a
     * command line option; where it may have been set otherwise (an environment variable), the command says so from
     * {@link #setting()} and {@link #problem()}.
     */
    public static final class BadSettingException extends org.redflag.RedflagException {
        private static final long serialVersionUID = 1L;

        private final String setting;
        private final String problem;

        /**
         * @param setting the setting's name, e.g. {@code redflag.chunk-size}
         * @param value its value
         * @param problem what is wrong with it, said after it, e.g. "is out of range: it must be at least 1"
         */
        public BadSettingException(String setting, Object value, String problem) {
            super("--" + setting + "=" + value + " " + problem);
            this.setting = setting;
            this.problem = problem;
        }

        /** @return the setting's name, e.g. {@code redflag.chunk-size} */
        public String setting() {
            return setting;
        }

        /** @return what is wrong with its value, e.g. "is out of range: it must be at least 1" */
        public String problem() {
            return problem;
        }
    }

    /** @return where the Lucene index lives */
    public Path indexDir() {
        return dataDir.resolve("index");
    }

    /** @return where the reports of each run are written */
    public Path reportsDir() {
        return dataDir.resolve("reports");
    }
}
