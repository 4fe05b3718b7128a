package org.doorstep;

import java.util.Comparator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Doorstep (家门口): government openness and services for a county, its townships and villages. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class DoorstepApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(DoorstepApplication.class);
        // -Ddoorstep.startup-report=true prints the slowest start-up steps, for whoever tunes a slow server.
        BufferingApplicationStartup startup = Boolean.getBoolean("doorstep.startup-report")
                ? new BufferingApplicationStartup(20_000) : null;
        if (startup != null) {
            app.setApplicationStartup(startup);
        }
        app.run(args);
        if (startup != null) {
            startup.getBufferedTimeline().getEvents().stream()
                    .sorted(Comparator.comparing(StartupTimeline.TimelineEvent::getDuration).reversed())
                    .limit(40)
                    .forEach(e -> System.out.printf("%6d ms  %s %s%n", e.getDuration().toMillis(),
                            e.getStartupStep().getName(), tags(e)));
        }
    }

    private static String tags(StartupTimeline.TimelineEvent e) {
        StringBuilder out = new StringBuilder();
        e.getStartupStep().getTags().forEach(t -> out.append(t.getKey()).append('=').append(t.getValue()).append(' '));
        return out.toString();
    }

}
