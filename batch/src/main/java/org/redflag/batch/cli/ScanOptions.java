package org.redflag.batch.cli;

import java.nio.file.Path;
import org.redflag.batch.CoreConfiguration;
import java.util.ArrayList;
import java.util.List;
import org.redflag.classify.weka.ModelFiles;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options of the commands that start the Spring application: what to scan, where the data lives, Spring's own. */
final class ScanOptions {

    @Option(names = "--demo", description = "serve the demo job board on a loopback port and scan it")
    boolean demo;

    @Option(names = "--sites", paramLabel = "DIR", description = "a folder of site profiles (*.json)")
    Path sites;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "redflag-data",
            description = "where the index, the job repository and the reports live (default: ${DEFAULT-VALUE})")
    Path data;

    @Option(names = "--model", paramLabel = "FILE", description = "score with this model file instead of the default model")
    Path model;

    /**
     * @param cmd the command, for usage errors
     * @param springArgs the command's unmatched arguments: {@code --spring.*}, {@code --redflag.*} and {@code --logging.*} options
     * @return the arguments for Spring Boot
     */
    String[] springArguments(CommandLine cmd, List<String> springArgs) {
        for (String a : springArgs) {
            if (!a.startsWith("--spring.") && !a.startsWith("--redflag.") && !a.startsWith("--logging.")) {
                throw new CommandLine.ParameterException(cmd, "unknown option: " + a);
            }
        }
        if (demo == (sites != null)) {
            throw new CommandLine.ParameterException(cmd, demo ? "give --sites DIR or --demo, not both: the demo board would "
                    + "be scanned instead of " + sites : "give --sites DIR or --demo");
        }
        List<String> args = new ArrayList<>(springArgs);
        args.add("--redflag.data-dir=" + data.toAbsolutePath());
        args.add("--redflag.demo=" + demo);
        if (sites != null) {
            CoreConfiguration.Sites.read(sites); // a bad profile fails now, in one line, before the data folder is opened
            args.add("--redflag.sites-dir=" + sites.toAbsolutePath());
        }
        if (model != null) {
            ModelFiles.read(model); // a bad model fails now, in one line, not after the whole crawl
            args.add("--redflag.model=" + model.toAbsolutePath());
        }
        return args.toArray(String[]::new);
    }
}
