package org.redflag.batch.cli;

import java.util.concurrent.atomic.AtomicReference;
import org.redflag.batch.RedflagApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Starts the Spring application of a command that runs a job (scan, run, rescore), and keeps the environment it read
 * its settings from: when it cannot start for a bad {@code redflag.*} setting, the usage error names the setting as its
 * user gave it, an environment variable as well as a command line option.
 */
final class SpringStart {

    private final AtomicReference<Environment> environment = new AtomicReference<>();

    /**
     * @param args the arguments for Spring Boot
     * @return the started application
     */
    ConfigurableApplicationContext run(String... args) {
        SpringApplication application = new SpringApplication(RedflagApplication.class);
        application.addListeners(event -> {
            if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
                environment.set(prepared.getEnvironment());
            }
        });
        return application.run(args);
    }

    /**
     * @param spec the command, for usage errors
     * @param what what failed, the start of the message of a failure that is not bad usage ("the scan failed")
     * @param e why the application did not start or its job did not run
     * @return a usage error (exit 2) when a {@code redflag.*} setting is bad: one line that names it where it was given;
     *     otherwise the one-line failure of {@link ScanCommand#failure}
     */
    RuntimeException usageOrFailure(CommandSpec spec, String what, Exception e) {
        return BadSetting.of(e, environment.get()).<RuntimeException>map(message -> new ParameterException(
                spec.commandLine(), message)).orElseGet(() -> ScanCommand.failure(what, e));
    }
}
