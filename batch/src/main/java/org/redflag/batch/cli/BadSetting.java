package org.redflag.batch.cli;

import java.util.Optional;
import org.redflag.batch.RedflagProperties;
import org.springframework.boot.context.properties.bind.BindException;

/**
 * Finds, in Spring's start-up failure, a {@code --redflag.*} setting it could not bind: one that is not a number
 * ({@code --redflag.chunk-size=abc}) or out of range ({@link RedflagProperties.BadSettingException}). Such a failure is
 * bad usage, told in one line that names the setting.
 */
final class BadSetting {

    private BadSetting() {
    }

    /**
     * @param e why the Spring application did not start
     * @return the one line that names the bad setting, empty when a setting was not the cause
     */
    static Optional<String> of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RedflagProperties.BadSettingException bad) {
                return Optional.of(bad.getMessage());
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind && bind.getProperty() != null) {
                String name = bind.getProperty().getName().toString();
                Object value = bind.getProperty().getValue();
                Throwable root = t;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                String why = root instanceof NumberFormatException ? "a whole number is expected"
                        : "it cannot be read as " + bind.getTarget().getType();
                return Optional.of("--" + name + "=" + value + " is not a valid value: " + why);
            }
        }
        return Optional.empty();
    }
}
