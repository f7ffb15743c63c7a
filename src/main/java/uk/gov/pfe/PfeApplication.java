package uk.gov.pfe;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Provider Failure and Provider Exit Procedure: one Spring Boot application around a Camunda 7 engine. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PfeApplication {

    public static void main(String[] args) {
        SpringApplication.run(PfeApplication.class, args);
    }
}
