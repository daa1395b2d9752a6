package org.redflag.batch;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
 */
@ConfigurationProperties("redflag")
public record RedflagProperties(Path dataDir, Path sitesDir, boolean demo, int demoAds, Path model, int chunkSize,
                                int skipLimit, int crawlThreads, int rescoreThreads) {

    public RedflagProperties {
        dataDir = dataDir == null ? Path.of("redflag-data") : dataDir;
        demoAds = demoAds <= 0 ? 120 : demoAds;
        chunkSize = chunkSize <= 0 ? 20 : chunkSize;
        skipLimit = skipLimit <= 0 ? 1000 : skipLimit;
        crawlThreads = crawlThreads <= 0 ? 2 : crawlThreads;
        rescoreThreads = rescoreThreads <= 0 ? 2 : rescoreThreads;
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
