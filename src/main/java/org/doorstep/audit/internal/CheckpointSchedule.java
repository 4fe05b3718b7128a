package org.doorstep.audit.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes the daily checkpoint. In a cluster every node schedules it, and the ShedLock row lets exactly one of them
 * write it; held at least a minute, so that a node whose clock runs a little behind does not write a second one.
 */
@Component
public class CheckpointSchedule {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSchedule.class);

    private final AuditCheckpoints checkpoints;

    CheckpointSchedule(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(cron = "${doorstep.audit.checkpoint-cron:0 45 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "audit-checkpoint", lockAtLeastFor = "PT1M", lockAtMostFor = "PT10M")
    public void daily() {
        checkpoints.write("daily");
    }

    /**
     * A folder without any checkpoint gets one at once: otherwise, until the first daily one, a chain rewritten
     * whole in the unkeyed format would have nothing outside the database to disagree with.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void firstCheckpoint() {
        try {
            if (checkpoints.load().isEmpty()) {
                checkpoints.write("startup");
            }
        } catch (RuntimeException e) {
            log.error("Cannot write the first audit checkpoint to {}", checkpoints.folder().toAbsolutePath(), e);
        }
    }
}
