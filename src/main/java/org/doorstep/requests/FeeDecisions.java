package org.doorstep.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.organization.Organization;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.FieldErrors;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.requests.internal.FeeProposalStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 条例第四十二条: "行政机关依申请提供政府信息，不收取费用。但是，申请人申请公开政府信息的数量、频次明显超过合理范围的，行政机关
 * 可以收取信息处理费". The platform proposes a fee by the thresholds of 国办函〔2020〕109号 ({@link FeeSchedule}); the
 * disclosure office ({@link Permission#REQUEST_FEE_DECIDE}) charges or waives it, with a reason, before any fee notice
 * reaches the applicant.
 */
@Service
public class FeeDecisions {

    private final DisclosureRequests requests;
    private final FeeProposalStore store;
    private final Permissions permissions;
    private final ApplicationEventPublisher events;
    private final Organization organization;

    FeeDecisions(DisclosureRequests requests, FeeProposalStore store, Permissions permissions,
            ApplicationEventPublisher events, Organization organization) {
        this.organization = organization;
        this.requests = requests;
        this.store = store;
        this.permissions = permissions;
        this.events = events;
    }

    /** The fee proposed for a request, decided or not, if its requests passed a threshold. */
    public Optional<FeeProposal> proposal(DisclosureRequest r) {
        return store.ofRequest(r.id());
    }

    /** Proposals awaiting a decision on requests the officer may see, oldest first: the office's to-do list. */
    public List<FeeProposal> pending(StaffIdentity me) {
        if (!permissions.may(me, Permission.REQUEST_VIEW)) {
            return List.of();
        }
        return store.pending().stream().filter(p -> organization.isWithin(p.divisionCode(), me.unitCode()))
                .map(FeeProposalStore.Pending::proposal).toList();
    }

    public boolean mayDecide(StaffIdentity me) {
        return permissions.may(me, Permission.REQUEST_FEE_DECIDE);
    }

    /** Charge: the fee notice goes to the applicant and the reply clock pauses until payment. */
    @Transactional
    public DisclosureRequest charge(String number, String reason, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = decidable(number, me);
        FeeProposal p = pending(r);
        if (r.state() != RequestState.PROCESSING) {
            throw new ConflictException("该申请当前状态为“" + r.state().label() + "”，请在办理中（补正、征求意见结束后）再决定收费");
        }
        decide(r, p, FeeDecision.CHARGE, reason, on, me);
        return requests.issueFee(r, p.amount(), p.basis(), on);
    }

    /** Waive: nothing is charged and nothing changes for the applicant; the reason is kept. */
    @Transactional
    public DisclosureRequest waive(String number, String reason, LocalDate on, StaffIdentity me) {
        DisclosureRequest r = decidable(number, me);
        FeeProposal p = pending(r);
        decide(r, p, FeeDecision.WAIVE, reason, on, me);
        return r;
    }

    private DisclosureRequest decidable(String number, StaffIdentity me) {
        // The permission first, so that another role gets the same refusal whichever number it tries.
        permissions.require(me, Permission.REQUEST_FEE_DECIDE);
        return requests.staffRequest(number, me);
    }

    private FeeProposal pending(DisclosureRequest r) {
        FeeProposal p = store.ofRequest(r.id()).orElseThrow(() -> new ConflictException("该申请没有收费建议"));
        if (!p.pending()) {
            throw new ConflictException("收费建议已于 " + p.decidedOn() + " 决定" + p.decision().label() + "，不能再次决定");
        }
        if (!r.open()) {
            throw new ConflictException("该申请已办结，不能再决定收费");
        }
        return p;
    }

    private void decide(DisclosureRequest r, FeeProposal p, FeeDecision decision, String reason, LocalDate on,
            StaffIdentity me) {
        FieldErrors errors = new FieldErrors();
        errors.rejectIf(reason == null || reason.isBlank() || reason.strip().length() > 500, "reason",
                "请填写" + decision.label() + "信息处理费的理由（不超过 500 字）");
        if (on == null) {
            errors.reject("on", "请填写决定日期");
        } else if (on.isAfter(requests.today())) {
            errors.reject("on", "决定日期不能晚于今天");
        } else if (on.isBefore(p.proposedOn())) {
            errors.reject("on", "决定日期不能早于收费建议的日期 " + p.proposedOn());
        }
        errors.throwIfAny();
        if (!store.decide(r.id(), decision, reason.strip(), me.username(), on)) {
            throw new ConflictException("收费建议已由他人决定，请刷新页面");
        }
        String action = decision == FeeDecision.CHARGE ? "requests.fee-charged" : "requests.fee-waived";
        events.publishEvent(new RequestChanged(action, r.number(), Map.of("proposed", p.amount()),
                Map.of("decision", decision.name(), "amount", p.amount(), "reason", reason.strip(), "on",
                        on.toString())));
    }
}
