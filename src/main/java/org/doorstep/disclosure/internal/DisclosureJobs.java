package org.doorstep.disclosure.internal;

import org.doorstep.disclosure.Disclosure;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scheduled publishing every minute, and the nightly 失效 of documents past their 终止日期. */
@Component
class DisclosureJobs {

    private final Disclosure disclosure;

    DisclosureJobs(Disclosure disclosure) {
        this.disclosure = disclosure;
    }

    @Scheduled(fixedDelayString = "${doorstep.disclosure.publish-delay:60000}", initialDelay = 30_000)
    void publishScheduled() {
        disclosure.publishScheduled();
    }

    @Scheduled(cron = "${doorstep.disclosure.expiry-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    void expire() {
        disclosure.expireDocuments();
    }
}
