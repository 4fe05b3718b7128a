package org.doorstep;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Doorstep (家门口): government openness and services for a county, its townships and villages. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DoorstepApplication {

    public static void main(String[] args) {
        SpringApplication.run(DoorstepApplication.class, args);
    }
}
