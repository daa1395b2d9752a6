package org.redflag.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The Spring Boot application that holds the batch jobs. The command line starts it for {@code scan}. */
@SpringBootApplication
@EnableConfigurationProperties(RedflagProperties.class)
public class RedflagApplication {
}
