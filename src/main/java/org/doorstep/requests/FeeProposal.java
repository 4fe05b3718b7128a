package org.doorstep.requests;

import java.time.LocalDate;

/**
 * A 信息处理费 the platform proposes when an applicant's requests pass a threshold of 国办函〔2020〕109号 (by item: more
 * than 10 in a calendar month; by volume: more than 30 pages). Nothing is sent to the applicant until the disclosure
 * office decides (条例第四十二条 "可以收取"); the decision and its reason are kept with the proposal.
 *
 * @param decision null while the proposal awaits the office's decision
 */
public record FeeProposal(long id, String requestNumber, int amount, String basis, LocalDate proposedOn,
        FeeDecision decision, String reason, String decidedBy, LocalDate decidedOn) {

    public boolean pending() {
        return decision == null;
    }
}
