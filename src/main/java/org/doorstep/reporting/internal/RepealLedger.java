package org.doorstep.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.doorstep.disclosure.DocumentRevised;
import org.doorstep.disclosure.Validity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The disclosure module keeps a document's 效力状态 but not the day it was repealed; table 二's 本年废止件数 needs that
 * day, so this read model notes it when the repeal event passes. It listens inside the publishing transaction, so a
 * repeal that rolls back leaves no date behind.
 */
@Component
class RepealLedger {

    private final ReportStore store;
    private final Clock clock;

    RepealLedger(ReportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @EventListener
    void on(DocumentRevised event) {
        if (event.document().validity() == Validity.REPEALED) {
            store.recordRepeal(event.document().id(), event.document().divisionCode(), LocalDate.now(clock));
        }
    }
}
