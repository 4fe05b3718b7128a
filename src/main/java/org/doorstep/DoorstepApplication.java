package org.doorstep;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
            report(startup.getBufferedTimeline().getEvents());
        }
    }

    /**
     * The slowest steps by their own time (a step's duration less that of the steps inside it, so that a bean's
     * line does not also count the beans it pulled in), then by their whole duration.
     */
    private static void report(List<StartupTimeline.TimelineEvent> events) {
        Map<Long, Long> inner = new HashMap<>();
        for (StartupTimeline.TimelineEvent e : events) {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null) {
                inner.merge(parent, e.getDuration().toMillis(), Long::sum);
            }
        }
        System.out.println("start-up steps by own time (ms own / ms in all):");
        events.stream()
                .sorted(Comparator.comparingLong((StartupTimeline.TimelineEvent e) -> own(e, inner)).reversed())
                .limit(40)
                .forEach(e -> System.out.printf("%6d %6d  %s %s%n", own(e, inner), e.getDuration().toMillis(),
                        e.getStartupStep().getName(), tags(e)));
    }

    private static long own(StartupTimeline.TimelineEvent e, Map<Long, Long> inner) {
        return e.getDuration().toMillis() - inner.getOrDefault(e.getStartupStep().getId(), 0L);
    }

    private static String tags(StartupTimeline.TimelineEvent e) {
        StringBuilder out = new StringBuilder();
        e.getStartupStep().getTags().forEach(t -> out.append(t.getKey()).append('=').append(t.getValue()).append(' '));
        return out.toString();
    }

}
