package org.doorstep.cases;

import java.time.Instant;
import java.util.List;

import org.doorstep.services.Delivery;

/**
 * 办件: one application for one service item.
 *
 * @param acceptingUnit the unit whose window or department received it (a township for 全县通办 items taken there)
 * @param responsibleLogin the officer who first received the applicant and stays responsible (首问负责制) until a
 *        hand-over is recorded; null until an officer first acts
 * @param reason the reason of a refusal or a rejection, or the approval's note
 * @param bundleNumber the 一件事 application this case is a sub-case of, or null
 * @param certificates the electronic certificates issued on delivery
 */
public record Case(String number, String itemCode, String itemName, String departmentCode, String departmentName,
        Channel channel, Applicant applicant, String acceptingUnit, String acceptingUnitName, String responsibleLogin,
        String responsibleName, String responsibleUnitName, CaseState state, int promisedDays, Delivery delivery,
        String trackingNumber, String reason, String bundleNumber, Instant submittedAt, Instant dispatchedAt,
        Instant closedAt, List<CaseMaterial> materials, List<CaseStep> timeline, List<OneTimeNotice> notices,
        CaseClock clock, List<ResultCertificate> certificates) {

    public Case {
        materials = List.copyOf(materials);
        timeline = List.copyOf(timeline);
        notices = List.copyOf(notices);
        certificates = List.copyOf(certificates);
    }

    /** The notice awaiting a supplement, or null. */
    public OneTimeNotice openNotice() {
        return notices.stream().filter(n -> n.resolvedAt() == null).findFirst().orElse(null);
    }
}
