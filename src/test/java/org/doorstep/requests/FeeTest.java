package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.doorstep.audit.AuditEntry;
import org.doorstep.audit.AuditQuery;
import org.doorstep.audit.AuditTrail;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ConflictException;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * 条例第四十二条 ("可以收取") with the thresholds of 国办函〔2020〕109号: past a threshold the platform proposes a fee and
 * tells the applicant nothing; the reply clock keeps running, and the request cannot be answered until the office
 * has decided.
 */
@SpringBootTest
class FeeTest {

    @Autowired
    DisclosureRequests requests;
    @Autowired
    FeeDecisions fees;
    @Autowired
    AuditTrail audit;

    final Officer officer = Officer.officer(DemoCounty.COUNTY);

    List<String> actions(DisclosureRequest r) {
        return audit.search(new AuditQuery(null, null, null, "requests.fee", r.number(), null), null, null, 50)
                .entries().stream().map(AuditEntry::action).toList();
    }

    @Test
    void theEleventhRequestInAMonthIsProposedAtOneHundredYuanAndNothingIsSentToTheApplicant() {
        String id = TestPeople.residentId();
        String mobile = TestPeople.mobile();
        DisclosureRequest tenth = null;
        DisclosureRequest eleventh = null;
        for (int day = 1; day <= 11; day++) {
            DisclosureRequest r = requests.register(DisclosureRequestsTest.person(id, mobile), Channel.IN_PERSON,
                    LocalDate.of(2026, 6, day), officer);
            if (day == 10) {
                tenth = r;
            }
            eleventh = r;
        }
        // 国办函〔2020〕109号: 1–10 a month free, 11–30 100 元/件.
        assertThat(fees.proposal(tenth)).isEmpty();
        FeeProposal p = fees.proposal(eleventh).orElseThrow();
        assertThat(p.amount()).isEqualTo(100);
        assertThat(p.proposedOn()).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(p.basis()).contains("本月第 11 件申请");
        assertThat(p.pending()).isTrue();
        assertThat(actions(eleventh)).containsExactly("requests.fee-proposed");
        assertThat(actions(tenth)).isEmpty();

        DisclosureRequest r = requests.staffRequest(eleventh.number(), officer);
        assertThat(r.state()).isEqualTo(RequestState.PROCESSING);
        assertThat(r.fee()).isNull();
        assertThat(requests.notices(r)).extracting(RequestNotice::title).doesNotContain("收费通知");
        // Only the time from a fee notice to payment is not counted (国办函〔2020〕109号); a proposal pauses nothing.
        assertThat(requests.clockStatus(r).orElseThrow().paused()).isFalse();
    }

    @Test
    void aLargeItemIsProposedByVolumeAndCannotBeAnsweredUntilTheOfficeDecides() {
        DisclosureRequest r = requests.register(DisclosureRequestsTest.person(TestPeople.residentId(),
                TestPeople.mobile()), Channel.POST, LocalDate.of(2026, 7, 1), officer);
        String number = r.number();
        // 30 pages are free: nothing to propose.
        assertThatThrownBy(() -> requests.feeByVolume(number, 30, LocalDate.of(2026, 7, 2), officer))
                .hasMessageContaining("31 页以上");
        // 150 pages: 70 pages at 10 元 and 50 pages at 20 元.
        requests.feeByVolume(number, 150, LocalDate.of(2026, 7, 2), officer);
        assertThat(fees.proposal(r).orElseThrow().amount()).isEqualTo(70 * 10 + 50 * 20);
        assertThat(requests.staffRequest(number, officer).state()).isEqualTo(RequestState.PROCESSING);
        assertThatThrownBy(() -> requests.feeByVolume(number, 200, LocalDate.of(2026, 7, 2), officer))
                .isInstanceOf(ConflictException.class);

        assertThatThrownBy(() -> requests.reply(number, Outcome.DISCLOSED, "现向您提供所申请的政府信息。", null, null,
                LocalDate.of(2026, 7, 3), officer)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("待决定的收费建议");

        fees.waive(number, "申请人为研究本县历史档案的退休教师，依条例第四十二条不收取", LocalDate.of(2026, 7, 3), officer);
        r = requests.reply(number, Outcome.DISCLOSED, "现向您提供所申请的政府信息。", null, null,
                LocalDate.of(2026, 7, 6), officer);
        assertThat(r.state()).isEqualTo(RequestState.CLOSED);
        assertThat(r.fee()).isNull();
        assertThat(actions(r)).containsExactlyInAnyOrder("requests.fee-proposed", "requests.fee-waived");
    }
}
