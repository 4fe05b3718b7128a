package org.doorstep.cases;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.doorstep.services.Material;
import org.doorstep.services.ServiceFlag;
import org.doorstep.services.ServiceItem;

/**
 * 秒批 (无人干预自动审批, 国发〔2022〕5号 "推行智能审批"): an item so flagged is decided by the platform the moment it is
 * submitted, but only when no person would have anything left to check — the applicant's identity is verified, and
 * every required material is proved by shared data: the 身份证 by that verification, an issued document by a valid
 * electronic certificate, the application form by the online form itself. Anything uploaded needs an officer's eye,
 * so the case then goes to the department as usual, with the reason shown.
 */
public final class InstantApprovalRule {

    /** The material every item calls the applicant's 身份证 (services' guide builder). */
    static final String IDENTITY_CARD = "申请人居民身份证";

    private InstantApprovalRule() {
    }

    /**
     * Why the item cannot be decided at once, or empty when it can.
     *
     * @param certified the names of the materials proved by a valid electronic certificate
     */
    public static Optional<String> refusal(ServiceItem item, boolean identityVerified, Set<String> certified) {
        if (!item.has(ServiceFlag.INSTANT_APPROVAL)) {
            return Optional.of("该事项不适用秒批");
        }
        if (!identityVerified) {
            return Optional.of("申请人身份未经实名核验");
        }
        List<String> unproved = item.materials().stream().filter(Material::required)
                .filter(m -> !m.blankForm() && !m.name().equals(IDENTITY_CARD) && !certified.contains(m.name()))
                .map(Material::name).toList();
        if (!unproved.isEmpty()) {
            return Optional.of("材料" + String.join("、", unproved.stream().map(n -> "“" + n + "”").toList())
                    + "无法通过电子证照或共享数据核验，需人工审查");
        }
        return Optional.empty();
    }
}
