package org.redflag.batch.cli;

import java.util.Optional;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.origin.Origin;
import org.springframework.boot.origin.PropertySourceOrigin;
import org.springframework.boot.origin.SystemEnvironmentOrigin;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.StandardEnvironment;

/**
 * A setting as its user wrote it, from where Spring read it: {@code --redflag.chunk-size=abc} on the command line,
 * {@code environment variable REDFLAG_CHUNK_SIZE=abc}, {@code -Dredflag.chunk-size=abc} as a JVM option, or the
 * setting with the file or source it came from. A message about a bad setting names it so that the user finds it.
 */
final class SettingOrigin {

    private SettingOrigin() {
    }

    /**
     * @param name the setting, e.g. {@code redflag.chunk-size}
     * @param environment the environment the application read its settings from; null when unknown
     * @return the setting as its user wrote it, empty when the environment is unknown or does not hold it
     */
    static Optional<String> of(String name, Environment environment) {
        if (environment == null) {
            return Optional.empty();
        }
        ConfigurationPropertyName key = ConfigurationPropertyName.of(name);
        for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
            ConfigurationProperty property = source.getConfigurationProperty(key);
            if (property != null) {
                return Optional.of(of(property));
            }
        }
        return Optional.empty();
    }

    /**
     * @param property a setting, with its origin when Spring knows it
     * @return the setting as its user wrote it, or as {@code name=value} when where it came from is unknown
     */
    static String of(ConfigurationProperty property) {
        Object value = property.getValue();
        if (!(property.getOrigin() instanceof PropertySourceOrigin at)) {
            return property.getName() + "=" + value + (property.getOrigin() == null ? "" : " (" + property.getOrigin() + ")");
        }
        Origin within = at.getOrigin();
        if (within instanceof SystemEnvironmentOrigin variable) {
            return "environment variable " + variable.getProperty() + "=" + value;
        }
        if (at.getPropertySource() instanceof CommandLinePropertySource) {
            return "--" + at.getPropertyName() + "=" + value;
        }
        if (at.getPropertySource().getName().equals(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME)) {
            return "-D" + at.getPropertyName() + "=" + value;
        }
        return at.getPropertyName() + "=" + value + " (" + (within != null ? within
                : "property source " + at.getPropertySource().getName()) + ")";
    }
}
