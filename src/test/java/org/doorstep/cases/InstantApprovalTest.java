package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.services.Delivery;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.services.ServiceFlag;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 12 item 4: 秒批 is a decision, not a label. An item flagged 秒批 (国发〔2022〕5号, 智能审批) is decided on
 * submission when its rule holds — identity verified, every required material proved by shared data or an electronic
 * certificate — with the decision, the certificate and the notice at once; otherwise the case goes to the department
 * as usual and says why.
 */
@SpringBootTest
class InstantApprovalTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Cases cases;
    @Autowired
    Accounts accounts;
    @Autowired
    IdentityVerification verification;
    @Autowired
    ServiceCatalogue catalogue;

    @Test
    void aVerifiedApplicantWhoseMaterialsAreAllSharedDataIsDecidedAtOnce() {
        // 异地就医备案: the 备案表 is the online form and the 身份证 is the verification; nothing for a person to read.
        assertThat(catalogue.item("QX-YBJ-002").has(ServiceFlag.INSTANT_APPROVAL)).isTrue();
        String id = TestPeople.residentId();
        String login = VerifiedCitizens.person(accounts, verification, "赵某某", id);
        Actor citizen = new Actor(login, "赵某某", "CITIZEN", null);
        Case c = cases.apply("QX-YBJ-002", new ApplicantDetails("PERSON", "赵某某", id, TestPeople.mobile()),
                Delivery.ELECTRONIC, List.of(), null, citizen);

        assertThat(c.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(c.delivery()).isEqualTo(Delivery.ELECTRONIC);
        assertThat(c.certificates()).hasSize(1);
        assertThat(c.timeline()).extracting(CaseStep::label).contains("受理（秒批）", "审批通过（秒批，无人干预自动审批）",
                "办结", "办结通知");
        assertThat(c.timeline()).filteredOn(s -> s.label().contains("秒批")).allSatisfy(
                s -> assertThat(s.actor()).isEqualTo("秒批（系统自动审批）"));
        assertThat(c.clock().overdue()).isFalse();
    }

    @Test
    void anUploadedMaterialNeedsAnOfficerAndTheCaseSaysWhy() {
        // 就业登记: the 劳动合同 is uploaded, so a person must read it.
        String id = TestPeople.residentId();
        String login = VerifiedCitizens.person(accounts, verification, "钱某某", id);
        Actor citizen = new Actor(login, "钱某某", "CITIZEN", null);
        Case c = cases.apply("QX-RSJ-001", new ApplicantDetails("PERSON", "钱某某", id, TestPeople.mobile()),
                Delivery.ELECTRONIC, List.of(new Upload("劳动合同或营业执照等就业证明", new ByteArrayInputStream(PDF),
                        "劳动合同.pdf")), null, citizen);
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(c.timeline()).filteredOn(s -> s.label().equals("未能秒批，转部门人工办理")).singleElement()
                .satisfies(s -> assertThat(s.note()).contains("劳动合同或营业执照等就业证明", "需人工审查"));
    }

    @Test
    void anUnverifiedApplicantIsNeverDecidedByTheMachine() {
        Actor citizen = Actor.citizen();
        Case c = cases.apply("QX-YBJ-002", new ApplicantDetails("PERSON", "孙某某", TestPeople.residentId(),
                TestPeople.mobile()), Delivery.ELECTRONIC, List.of(), null, citizen);
        assertThat(c.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(c.timeline()).filteredOn(s -> s.label().equals("未能秒批，转部门人工办理")).singleElement()
                .satisfies(s -> assertThat(s.note()).isEqualTo("申请人身份未经实名核验"));
    }
}
