package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.certificates.Certificate;
import org.doorstep.certificates.Certificates;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ConflictException;
import org.doorstep.services.Delivery;
import org.doorstep.services.Material;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * 一件事 (国发〔2024〕3号): sub-cases that need the 营业执照 wait, uncounted, until 设立登记 issues it and then take it from
 * the certificate library; the bundle's promise (企业开办 0.5 个工作日, seed 000) is a tracked clock that warns, runs out
 * and pauses while a sub-case awaits a supplement. Dates are literal, on the 2026 calendar (国办发明电〔2025〕7号).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Config.class)
class BundleOrderAndClockTest {

    static final String LICENCE = "QX-SCJG-001";
    static final Actor MARKET = Actor.other("DEPARTMENT_REVIEWER", DemoCounty.MARKET_REGULATION);

    @Autowired
    Cases cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    ServiceCatalogue catalogue;
    @Autowired
    Certificates certificates;
    @Autowired
    MovableClock clock;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    BundleApplication apply(Actor citizen, String at) {
        clock.set(at);
        var row = workflow.applyBundle("QX-YJS-QYKB", CasesTest.person(), BundleSubCasesTest.FACTS, Delivery.WINDOW,
                List.of(), citizen, CasesTest.at(at));
        return cases.bundleOf(row.number(), citizen.username());
    }

    static Case sub(BundleApplication b, String itemCode) {
        return b.subCases().stream().filter(s -> s.itemCode().equals(itemCode)).findFirst().orElseThrow();
    }

    @Test
    void subCasesThatNeedTheLicenceWaitUncountedAndStartWithItFromTheCertificateLibrary() {
        Actor citizen = Actor.citizen();
        // The one form does not ask for the licence the bundle itself issues.
        assertThat(cases.bundleMaterials(catalogue.bundle("QX-YJS-QYKB"))).extracting(Material::name)
                .doesNotContain("营业执照").contains("公司章程");
        BundleApplication b = apply(citizen, "2026-12-09T09:00"); // a Wednesday
        assertThat(sub(b, LICENCE).state()).isEqualTo(CaseState.SUBMITTED);
        for (Case s : b.subCases()) {
            if (!s.itemCode().equals(LICENCE)) {
                assertThat(s.state()).as(s.itemName()).isEqualTo(CaseState.WAITING);
                assertThat(s.clock().urgency()).isEqualTo(Urgency.WAITING);
                assertThat(s.timeline()).extracting(CaseStep::label).contains("等待前置事项办结");
                // The department cannot act on it before the licence exists.
                Actor department = Actor.other("DEPARTMENT_REVIEWER", BundleSubCasesTest.DEPARTMENTS.get(s.itemCode()));
                assertThatThrownBy(() -> workflow.accept(s.number(), null, department, CasesTest.at("2026-12-09T10:00")))
                        .isInstanceOf(ConflictException.class);
            }
        }
        assertThat(b.statusLabel()).contains("4 项待前置事项办结后启动");
        // The applicant is told once that the 一件事 was submitted, not once per sub-case.
        assertThat(jdbc.sql("select template from notifications_message where reference = ? and channel = 'SMS'")
                .param(b.number()).query(String.class).list()).containsExactly("BUNDLE_SUBMITTED");
        assertThat(jdbc.sql("select count(*) from notifications_message where template = 'CASE_SUBMITTED' "
                + "and reference = any(?)").param(b.subCases().stream().map(Case::number).toArray(String[]::new))
                .query(Integer.class).single()).isZero();

        // 设立登记 is decided the next day; the applicant collects the paper licence at the window.
        String licence = sub(b, LICENCE).number();
        workflow.accept(licence, null, MARKET, CasesTest.at("2026-12-10T09:00"));
        workflow.review(licence, null, MARKET, CasesTest.at("2026-12-10T09:30"));
        workflow.approve(licence, "准予设立登记", MARKET, CasesTest.at("2026-12-10T10:00"));
        workflow.deliver(licence, Delivery.WINDOW, null, null, MARKET, CasesTest.at("2026-12-10T10:30"));
        // The electronic licence is issued with the paper one, because the other sub-cases wait for it.
        List<Certificate> issued = certificates.issuedFor(licence);
        assertThat(issued).extracting(Certificate::type).containsExactly("营业执照");
        String certificateNumber = issued.get(0).number();

        BundleApplication after = cases.bundleOf(b.number(), citizen.username());
        for (Case s : after.subCases()) {
            if (s.itemCode().equals(LICENCE)) {
                continue;
            }
            assertThat(s.state()).as(s.itemName()).isEqualTo(CaseState.SUBMITTED);
            assertThat(s.materials()).filteredOn(m -> m.name().equals("营业执照")).singleElement()
                    .satisfies(m -> assertThat(m.fileName()).contains("电子证照共享", certificateNumber));
            assertThat(s.timeline()).extracting(CaseStep::label).contains("前置事项已办结，开始办理");
            // The four are 即办 (promised 0 days): counted from the day the licence was issued, due that day.
            assertThat(s.promisedDays()).isZero();
            assertThat(s.clock().start()).isEqualTo(LocalDate.parse("2026-12-10"));
            assertThat(s.clock().due()).isEqualTo(LocalDate.parse("2026-12-10"));
            assertThat(s.clock().pausedDays()).isZero();
        }
    }

    @Test
    void aRejectedRegistrationEndsTheSubCasesThatNeededTheLicenceAndClosesTheBundle() {
        Actor citizen = Actor.citizen();
        BundleApplication b = apply(citizen, "2026-12-09T09:00");
        String licence = sub(b, LICENCE).number();
        workflow.accept(licence, null, MARKET, CasesTest.at("2026-12-09T10:00"));
        workflow.review(licence, null, MARKET, CasesTest.at("2026-12-09T10:30"));
        workflow.reject(licence, "经营范围含需前置许可的项目", MARKET, CasesTest.at("2026-12-09T11:00"));
        BundleApplication after = cases.bundleOf(b.number(), citizen.username());
        for (Case s : after.subCases()) {
            if (!s.itemCode().equals(LICENCE)) {
                assertThat(s.state()).as(s.itemName()).isEqualTo(CaseState.REFUSED);
                assertThat(s.reason()).isEqualTo("前置事项“企业设立登记（有限责任公司）”不予批准，本事项不具备办理条件");
            }
        }
        assertThat(after.completedAt()).isNotNull();
        assertThat(after.resultNotice()).contains("企业设立登记（有限责任公司） 不予批准");
        assertThat(after.clock().urgency()).isEqualTo(Urgency.CLOSED);
        assertThat(certificates.issuedFor(licence)).isEmpty();
    }

    @Test
    void theHalfDayPromiseIsCountedAsOneWorkingDayThatWarnsOnItsDueDateAndThenRunsOut() {
        Actor citizen = Actor.citizen();
        BundleApplication b = apply(citizen, "2026-12-11T16:00"); // a Friday afternoon
        assertThat(b.promise()).isEqualTo("材料齐全时 0.5 个工作日内办结");
        assertThat(b.clock().limitDays()).isEqualTo(1);
        assertThat(b.clock().due()).isEqualTo(LocalDate.parse("2026-12-14")); // Monday: the weekend does not count
        assertThat(b.clock().urgency()).isEqualTo(Urgency.ON_TIME);
        clock.set("2026-12-14T09:00");
        assertThat(cases.bundleOf(b.number(), citizen.username()).clock().urgency()).isEqualTo(Urgency.WARNING);
        clock.set("2026-12-15T09:00");
        BundleApplication late = cases.bundleOf(b.number(), citizen.username());
        assertThat(late.clock().urgency()).isEqualTo(Urgency.OVERDUE);
        assertThat(late.clock().overdue()).isTrue();
    }

    @Test
    void theBundlePromiseDoesNotCountWhileASubCaseAwaitsTheApplicantsSupplement() {
        Actor citizen = Actor.citizen();
        BundleApplication b = apply(citizen, "2026-12-09T09:00");
        String licence = sub(b, LICENCE).number();
        workflow.notice(licence, List.of(new OneTimeNotice.NoticeItem("公司章程", "未签字")), null, MARKET,
                CasesTest.at("2026-12-09T11:00"));
        clock.set("2026-12-11T09:00");
        BundleApplication paused = cases.bundleOf(b.number(), citizen.username());
        assertThat(paused.clock().paused()).isTrue();
        assertThat(paused.clock().urgency()).isEqualTo(Urgency.PAUSED);
        // The applicant brings the signed articles on Monday: 12-10, 12-11 and 12-14 were not counted.
        workflow.supplementAtWindow(licence, Set.of("公司章程"), MARKET, CasesTest.at("2026-12-14T09:00"));
        clock.set("2026-12-14T10:00");
        BundleApplication resumed = cases.bundleOf(b.number(), citizen.username());
        assertThat(resumed.clock().paused()).isFalse();
        assertThat(resumed.clock().pausedDays()).isEqualTo(3);
        assertThat(resumed.clock().due()).isEqualTo(LocalDate.parse("2026-12-15"));
    }
}
