package org.doorstep.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Table 四 counts a 复议后起诉 under 行政诉讼 and the 复议 it followed under 行政复议 (行政诉讼法第四十五条: the applicant
 * sues over the 复议 decision). A 复议后起诉 without its 复议 on record would leave 行政复议 short, so it is refused.
 */
@SpringBootTest
class RemedyOrderTest {

    @Autowired
    DisclosureRequests requests;

    final Officer officer = Officer.officer(DemoCounty.COUNTY);

    @Test
    void aSuitAfterReconsiderationNeedsTheReconsiderationFirst() {
        Application a = new Application("NATURAL_PERSON", "张某某", TestPeople.residentId(), "", "", TestPeople.mobile(),
                "", "青溪县某某路 1 号", DemoCounty.COUNTY, "青溪县 2025 年征地补偿安置方案", "纸质文本（邮寄）");
        DisclosureRequest r = requests.register(a, Channel.POST, LocalDate.of(2026, 3, 2), officer);
        requests.reply(r.number(), Outcome.WITHHELD_PROCESS, "所申请信息属于过程性信息，不予公开。", null, null,
                LocalDate.of(2026, 3, 20), officer);

        assertThatThrownBy(() -> requests.recordRemedy(r.number(), RemedyKind.LITIGATION_AFTER_RECONSIDERATION,
                RemedyResult.PENDING, LocalDate.of(2026, 6, 1), null, null, officer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("请先登记此前的行政复议");
        assertThat(requests.remedies(requests.staffRequest(r.number(), officer))).isEmpty();

        requests.recordRemedy(r.number(), RemedyKind.RECONSIDERATION, RemedyResult.UPHELD, LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 5, 20), null, officer);
        // A 复议 filed after the suit does not count as the one it followed.
        assertThatThrownBy(() -> requests.recordRemedy(r.number(), RemedyKind.LITIGATION_AFTER_RECONSIDERATION,
                RemedyResult.PENDING, LocalDate.of(2026, 3, 25), null, null, officer))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("请先登记此前的行政复议");
        requests.recordRemedy(r.number(), RemedyKind.LITIGATION_AFTER_RECONSIDERATION, RemedyResult.PENDING,
                LocalDate.of(2026, 6, 1), null, null, officer);
        assertThat(requests.remedies(requests.staffRequest(r.number(), officer))).extracting(Remedy::kind)
                .containsExactlyInAnyOrder(RemedyKind.RECONSIDERATION, RemedyKind.LITIGATION_AFTER_RECONSIDERATION);
    }
}
