package org.doorstep.requests.internal;

import org.doorstep.requests.DisclosureRequests;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Nightly: applications whose supplement or payment period has passed are closed as the rules say. */
@Component
class RequestJobs {

    private final DisclosureRequests requests;

    RequestJobs(DisclosureRequests requests) {
        this.requests = requests;
    }

    @Scheduled(cron = "${doorstep.requests.lapse-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    void lapse() {
        requests.lapseExpired(requests.today());
    }
}
