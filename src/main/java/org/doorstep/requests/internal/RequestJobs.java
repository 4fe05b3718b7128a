package org.doorstep.requests.internal;

import org.doorstep.requests.DisclosureRequests;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: applications whose supplement or payment period has passed are closed as the rules say. */
@Component
class RequestJobs {

    private final DisclosureRequests requests;

    RequestJobs(DisclosureRequests requests) {
        this.requests = requests;
    }

    /** Requests received before due dates were stored get theirs once; later starts find none to fill. */
    @EventListener(ApplicationReadyEvent.class)
    void fillDueDates() {
        requests.fillMissingDueDates();
    }

    @Scheduled(cron = "${doorstep.requests.lapse-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    void lapse() {
        requests.lapseExpired(requests.today());
    }
}
