package org.doorstep.audit.internal;

import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.doorstep.audit.VerificationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole chain every night. A break is logged at ERROR by {@link ChainVerifier} and shown as the gauge
 * {@code doorstep.audit.chain.valid} (1 intact, 0 broken, -1 not checked yet), so monitoring can alert on it.
 */
@Component
class DailyVerification {

    private static final Logger log = LoggerFactory.getLogger(DailyVerification.class);

    private final ChainVerifier verifier;
    private final AtomicInteger valid = new AtomicInteger(-1);

    DailyVerification(ChainVerifier verifier, ObjectProvider<MeterRegistry> meters) {
        this.verifier = verifier;
        meters.ifAvailable(registry -> Gauge.builder("doorstep.audit.chain.valid", valid, AtomicInteger::get)
                .description("1 if the last audit chain verification found no defect, 0 if it did, -1 before the first")
                .register(registry));
    }

    @Scheduled(cron = "${doorstep.audit.verification-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    VerificationResult run() {
        long started = System.nanoTime();
        VerificationResult result = verifier.verify();
        valid.set(result.valid() ? 1 : 0);
        if (result.valid()) {
            log.info("Audit chain intact: {} entries checked in {} ms", result.checked(),
                    (System.nanoTime() - started) / 1_000_000);
        }
        return result;
    }
}
