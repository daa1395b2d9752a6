package org.redflag.batch.cli;

import java.util.Optional;
import org.redflag.batch.RedflagProperties;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.core.env.Environment;

/**
 * Finds, in Spring's start-up failure, a {@code redflag.*} setting it could not bind: one that is not a number
 * ({@code --redflag.chunk-size=abc}) or out of range ({@link RedflagProperties.BadSettingException}). Such a failure is
 * bad usage, told in one line that names the setting as its user gave it ({@link SettingOrigin}): a command line
 * option, an environment variable ({@code REDFLAG_CHUNK_SIZE}), a JVM option.
 */
final class BadSetting {

    private BadSetting() {
    }

    /**
     * @param e why the Spring application did not start
     * @param environment the environment it read its settings from; null when unknown
     * @return the one line that names the bad setting, empty when a setting was not the cause
     */
    static Optional<String> of(Throwable e, Environment environment) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RedflagProperties.BadSettingException bad) {
                return Optional.of(SettingOrigin.of(bad.setting(), environment).map(given -> given + " " + bad.problem())
                        .orElse(bad.getMessage()));
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind && bind.getProperty() != null) {
                Throwable root = t;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                String why = root instanceof NumberFormatException ? "a whole number is expected"
                        : "it cannot be read as " + bind.getTarget().getType();
                return Optional.of(SettingOrigin.of(bind.getProperty()) + " is not a valid value: " + why);
            }
        }
        return Optional.empty();
    }
}
