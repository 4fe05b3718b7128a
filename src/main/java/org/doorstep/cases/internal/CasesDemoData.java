package org.doorstep.cases.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.cases.ApplicantDetails;
import org.doorstep.cases.OneTimeNotice.NoticeItem;
import org.doorstep.cases.internal.CaseStore.CaseRow;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.DemoData;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.services.Delivery;
import org.springframework.stereotype.Component;

/**
 * A few demo cases in every state for 青溪县, including one due across the 2026 National Day holiday (applied
 * 2026-09-29 with 5 working days: due Monday 2026-10-12, the make-up Saturday 10-10 counting) and one overdue.
 * Applicants are fictional (张某某, 某某公司) with valid-check-digit fictional ID numbers.
 */
@Component
class CasesDemoData implements DemoData {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** A demo actor; the demo staff accounts of the accounts module carry the same user names. */
    record Actor(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {
    }

    static final Actor WINDOW = new Actor("chuangkou", "梅林镇便民服务中心综合窗口", "WINDOW_OFFICER",
            DemoCounty.MEILIN_TOWN);
    static final Actor MARKET = new Actor("bumen", "县市场监督管理局审核人员", "DEPARTMENT_REVIEWER",
            DemoCounty.MARKET_REGULATION);
    static final Actor ADMIN = new Actor("admin", "青溪县系统管理员", "SYSTEM_ADMIN", DemoCounty.COUNTY);
    // Demo applicants without accounts here: logins of the platform's form (c-<id>), never mobile numbers.
    static final Actor CITIZEN = new Actor(Accounts.citizenLogin(UUID.nameUUIDFromBytes("demo firm".getBytes())),
            "某某商贸有限公司", "CITIZEN", null);

    private final CaseWorkflow workflow;

    CasesDemoData(CaseWorkflow workflow) {
        this.workflow = workflow;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String name() {
        return "cases";
    }

    @Override
    public void load() {
        ApplicantDetails firm = new ApplicantDetails("FIRM", "某某商贸有限公司", id("36119919800101001"), "13900000001",
                creditCode("91361199MA35QXTM0"));
        ApplicantDetails elder = new ApplicantDetails("PERSON", "张某某", id("36119919400315002"), "13900000002");
        ApplicantDetails person = new ApplicantDetails("PERSON", "李某某", id("36119919900720003"), "13900000003");

        // Due across the 2026 National Day holiday, completed on the make-up working Saturday.
        CaseRow holiday = workflow.apply("QX-SCJG-003", firm, Delivery.WINDOW, List.of(), null, CITIZEN,
                at("2026-09-29T10:00"));
        workflow.accept(holiday.number(), null, MARKET, at("2026-09-29T15:00"));
        workflow.review(holiday.number(), "现场核查通过", MARKET, at("2026-10-09T09:30"));
        workflow.approve(holiday.number(), "准予许可", MARKET, at("2026-10-10T10:00"));
        workflow.deliver(holiday.number(), Delivery.WINDOW, null, "申请人到窗口领取许可证", MARKET, at("2026-10-10T16:00"));

        // Overdue: under review past its promised limit.
        CaseRow overdue = workflow.apply("QX-SCJG-005", firm, Delivery.POST, List.of(), null, CITIZEN,
                at("2026-11-10T09:00"));
        workflow.accept(overdue.number(), null, MARKET, at("2026-11-10T11:00"));
        workflow.review(overdue.number(), null, MARKET, at("2026-11-11T09:00"));

        // Submitted online, awaiting acceptance.
        workflow.apply("QX-SCJG-001", firm, Delivery.ELECTRONIC, List.of(), null, CITIZEN, at("2026-11-30T09:20"));

        // One-time notice, awaiting the supplement.
        CaseRow noticed = workflow.apply("QX-SCJG-002", person, Delivery.WINDOW, List.of(), null,
                new Actor(Accounts.citizenLogin(UUID.nameUUIDFromBytes("demo person".getBytes())), "李某某",
                        "CITIZEN", null), at("2026-11-27T14:00"));
        workflow.notice(noticed.number(), List.of(new NoticeItem("经营场所使用证明", "缺少"),
                new NoticeItem("申请人居民身份证", "不清晰")), null, MARKET, at("2026-11-27T16:00"));

        // Entered at the 梅林镇 window for an elderly applicant (帮办代办), accepted there.
        workflow.enterAtWindow("QX-MZ-003", elder, Delivery.WINDOW, Set.of("高龄津贴申请表", "申请人居民身份证", "户口簿"),
                "老人行动不便，由子女陪同到窗口", WINDOW, at("2026-11-30T10:00"));

        // Entered at the window and dispatched to the county department.
        CaseRow dispatched = workflow.enterAtWindow("QX-SCJG-002", person, Delivery.WINDOW,
                Set.of("个体工商户登记（备案）申请书", "申请人居民身份证", "经营场所使用证明"), null, WINDOW, at("2026-11-30T11:00"));
        workflow.dispatch(dispatched.number(), null, WINDOW, at("2026-11-30T11:05"));

        // Approved, waiting to be delivered.
        CaseRow approved = workflow.apply("QX-SCJG-004", firm, Delivery.ELECTRONIC, List.of(), null, CITIZEN,
                at("2026-11-26T09:00"));
        workflow.accept(approved.number(), null, MARKET, at("2026-11-26T10:00"));
        workflow.review(approved.number(), null, MARKET, at("2026-11-26T10:30"));
        workflow.approve(approved.number(), "准予备案", MARKET, at("2026-11-26T11:00"));

        // Refused and rejected, each with a reason.
        CaseRow refused = workflow.apply("QX-SCJG-006", firm, Delivery.ELECTRONIC, List.of(), null, CITIZEN,
                at("2026-11-20T09:00"));
        workflow.refuse(refused.number(), "该企业存在未结清的债权债务，不适用简易注销程序，请改走一般注销程序", MARKET,
                at("2026-11-20T10:00"));
        CaseRow rejected = workflow.enterAtWindow("QX-SCJG-007", firm, Delivery.WINDOW,
                Set.of("营业场所和仓库平面布置图"), null, ADMIN, at("2026-11-16T09:00"));
        workflow.dispatch(rejected.number(), null, ADMIN, at("2026-11-16T10:00"));
        workflow.review(rejected.number(), null, MARKET, at("2026-11-17T10:00"));
        workflow.reject(rejected.number(), "经现场核查，营业场所与仓库不符合《药品经营质量管理规范》要求", MARKET,
                at("2026-11-24T10:00"));
    }

    private static String creditCode(String first17) {
        return first17 + IdentityNumbers.creditCodeCheckChar(first17);
    }

    private static String id(String first17) {
        return first17 + IdentityNumbers.residentIdCheckChar(first17);
    }

    private static Instant at(String local) {
        return LocalDateTime.parse(local).atZone(CHINA).toInstant();
    }
}
