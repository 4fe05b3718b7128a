package org.doorstep.requests.internal;

import java.time.LocalDate;
import java.util.List;

import org.doorstep.accounts.IdentityNumbers;
import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.DemoData;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.requests.ApplicantType;
import org.doorstep.requests.Application;
import org.doorstep.requests.Channel;
import org.doorstep.requests.DisclosureRequest;
import org.doorstep.requests.DisclosureRequests;
import org.doorstep.requests.FeeDecisions;
import org.doorstep.requests.Outcome;
import org.doorstep.requests.RemedyKind;
import org.doorstep.requests.RemedyResult;
import org.springframework.stereotype.Component;

/**
 * Requests of 2025 and 2026 for the county and 梅林镇: every outcome of table 三 and every applicant type in each year,
 * some carried over the year end, some still open (due, overdue, awaiting supplement, consulting), and
 * reconsiderations and lawsuits in each result of table 四. Applicants are fictional (张某某, 某某公司) with
 * check-digit-valid identifiers.
 */
@Component
class RequestsDemoData implements DemoData {

    private record Applicant(ApplicantType type, String name, String identity, String contact, String mobile) {
    }

    private static final List<Applicant> APPLICANTS = List.of(
            new Applicant(ApplicantType.NATURAL_PERSON, "张某某", residentId("36119919800101012"), null, "13900000101"),
            new Applicant(ApplicantType.COMMERCIAL, "青溪某某建材有限公司", creditCode("91361199MA0000001"), "李某某",
                    "13900000102"),
            new Applicant(ApplicantType.RESEARCH, "某某农业科学研究所", creditCode("12361199MB0000002"), "王某某",
                    "13900000103"),
            new Applicant(ApplicantType.WELFARE, "青溪县某某公益服务中心", creditCode("52361199MJ0000003"), "赵某某",
                    "13900000104"),
            new Applicant(ApplicantType.LEGAL_SERVICE, "某某律师事务所", creditCode("31361199MD0000004"), "陈某某",
                    "13900000105"),
            new Applicant(ApplicantType.OTHER, "梅林镇某某村股份经济合作社", creditCode("N2361199MF0000005"), "刘某某",
                    "13900000106"));

    private static final List<String> TOPICS = List.of("城区老旧小区改造项目资金安排", "某某路段征收补偿方案", "耕地地力保护补贴发放名册",
            "某某工业园区环境影响评价批复", "农村低保对象认定标准", "县道改建工程招标文件", "某某小区规划许可", "乡镇卫生院建设项目可行性研究报告");

    private final DisclosureRequests requests;
    private final FeeDecisions fees;

    RequestsDemoData(DisclosureRequests requests, FeeDecisions fees) {
        this.requests = requests;
        this.fees = fees;
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    public String name() {
        return "requests";
    }

    @Override
    public void load() {
        int i = 0;
        for (String government : List.of(DemoCounty.COUNTY, DemoCounty.MEILIN_TOWN)) {
            StaffIdentity officer = new DemoOfficer(government);
            for (int year : List.of(2025, 2026)) {
                LocalDate day = LocalDate.of(year, 1, 12);
                // One request per row of table 三 (36(5) is counted in the row of 36(4)).
                for (Outcome outcome : Outcome.values()) {
                    if (outcome.row() != outcome) {
                        continue;
                    }
                    concluded(government, officer, i++, day, outcome);
                    day = day.plusDays(13);
                }
            }
            // Carried over from 2025 into 2026: received just before the year end, answered in January.
            for (int k = 0; k < 2; k++) {
                DisclosureRequest r = register(government, officer, i++, LocalDate.of(2025, 12, 22 + k));
                requests.reply(r.number(), Outcome.DISCLOSED, "现向您提供所申请的政府信息。", null, null,
                        LocalDate.of(2026, 1, 9 + k), officer);
            }
            open(government, officer, i);
            i += 5;
        }
    }

    /** Open now: some will be carried over into 2027, one is overdue, one waits for the office's confirmation. */
    private void open(String government, StaffIdentity officer, int i) {
        register(government, officer, i, LocalDate.of(2026, 10, 20));
        DisclosureRequest due = register(government, officer, i + 1, LocalDate.of(2026, 11, 2));
        requests.startConsultation(due.number(), "某某建设有限公司", LocalDate.of(2026, 11, 10), officer);
        DisclosureRequest supplement = register(government, officer, i + 2, LocalDate.of(2026, 11, 24));
        requests.noticeSupplement(supplement.number(), "请写明所需信息的文号或形成时间", 15, LocalDate.of(2026, 11, 25), officer);
        register(government, officer, i + 3, LocalDate.of(2026, 11, 16));
        // online, from an applicant who gave a postal address and no mobile: the demo never texts unproven numbers
        Application a = application(government, i + 4);
        requests.apply(new Application(a.applicantType(), a.name(), a.idNumber(), a.creditCode(), a.contactName(), "",
                "", "青溪县城关镇某某路 " + (i + 4) + " 号", a.divisionCode(), a.description(), a.delivery()),
                PortalSubmitter.anonymous("demo-data", null));
    }

    private void concluded(String government, StaffIdentity officer, int i, LocalDate received, Outcome outcome) {
        DisclosureRequest r = register(government, officer, i, received);
        String n = r.number();
        switch (outcome) {
            case OTHER_NO_SUPPLEMENT -> {
                r = requests.noticeSupplement(n, "请写明所需信息的名称或文号", 10, received.plusDays(2), officer);
                requests.lapseSupplement(n, r.supplement().due().plusDays(1), officer);
            }
            case OTHER_FEE_UNPAID -> {
                requests.feeByVolume(n, 150, received.plusDays(3), officer);
                r = fees.charge(n, "所需信息共 150 页，数量明显超过合理范围（条例第四十二条）", received.plusDays(3), officer);
                requests.lapseFee(n, r.fee().due().plusDays(1), officer);
            }
            case UNAVAILABLE_STILL_UNCLEAR -> {
                requests.noticeSupplement(n, "请说明所需信息的具体内容", 10, received.plusDays(1), officer);
                requests.receiveSupplement(n, "需要相关文件", received.plusDays(5), officer);
                requests.reply(n, outcome, "经补正，申请内容仍不明确，本机关无法提供。", null, null, received.plusDays(12),
                        officer);
            }
            case PARTLY_DISCLOSED -> {
                requests.startConsultation(n, "某某建设有限公司", received.plusDays(2), officer);
                requests.endConsultation(n, received.plusDays(9), officer);
                requests.reply(n, outcome, "现提供该文件（已删除涉及第三方的内容）。", "第三方的银行账户和报价明细",
                        "涉及第三方商业秘密，第三方不同意公开（条例第十五条）", received.plusDays(16), officer);
            }
            default -> requests.reply(n, outcome, replyText(outcome), null, null, received.plusDays(9), officer);
        }
        if (outcome == Outcome.WITHHELD_THIRD_PARTY || outcome == Outcome.UNAVAILABLE_NOT_HELD
                || outcome == Outcome.NOT_HANDLED_REPEATED || outcome == Outcome.WITHHELD_PROCESS) {
            RemedyKind kind = RemedyKind.values()[i % 3];
            RemedyResult result = RemedyResult.values()[i % 4];
            LocalDate filed = requests.staffRequest(n, officer).reply().on().plusDays(20);
            if (kind == RemedyKind.LITIGATION_AFTER_RECONSIDERATION) {
                // The applicant first asked for 复议, was not satisfied with its decision, and sued within 15 days
                // (行政诉讼法第四十五条): both count in table 四.
                LocalDate reconsidered = filed.plusDays(60);
                if (!reconsidered.plusDays(10).isAfter(requests.today())) {
                    requests.recordRemedy(n, RemedyKind.RECONSIDERATION, RemedyResult.UPHELD, filed, reconsidered,
                            null, officer);
                }
                filed = reconsidered.plusDays(10);
            }
            LocalDate decided = result == RemedyResult.PENDING ? null : filed.plusDays(60);
            if (!filed.isAfter(requests.today()) && (decided == null || !decided.isAfter(requests.today()))) {
                requests.recordRemedy(n, kind, result, filed, decided, null, officer);
            }
        }
    }

    private static String replyText(Outcome outcome) {
        return switch (outcome.category()) {
            case DISCLOSED -> "现向您提供所申请的政府信息。";
            case WITHHELD -> "经审查，所申请信息" + outcome.subReason().substring(2) + "，不予公开。";
            case UNAVAILABLE -> "经检索，" + outcome.subReason().substring(2) + "，本机关无法提供。";
            case NOT_HANDLED -> "您的申请属于" + outcome.subReason().substring(2) + "，本机关不作为政府信息公开申请处理。";
            default -> "本机关已依法处理您的申请。";
        };
    }

    private DisclosureRequest register(String government, StaffIdentity officer, int i, LocalDate received) {
        Channel channel = List.of(Channel.IN_PERSON, Channel.POST, Channel.FAX, Channel.ORAL).get(i % 4);
        return requests.register(application(government, i), channel, received, officer);
    }

    private static Application application(String government, int i) {
        Applicant a = APPLICANTS.get(i % APPLICANTS.size());
        boolean org = a.type().organisation();
        return new Application(a.type().name(), a.name(), org ? "" : a.identity(), org ? a.identity() : "",
                org ? a.contact() : "", a.mobile(), "", "", government, TOPICS.get(i % TOPICS.size()) + "的相关文件",
                DisclosureRequests.DELIVERY.get(i % 2 == 0 ? 0 : 3));
    }

    private static String residentId(String first17) {
        return first17 + IdentityNumbers.residentIdCheckChar(first17);
    }

    private static String creditCode(String first17) {
        return first17 + IdentityNumbers.creditCodeCheckChar(first17);
    }

    private record DemoOfficer(String unitCode) implements StaffIdentity {
        @Override
        public String username() {
            return "demo.gongkai";
        }

        @Override
        public String displayName() {
            return "公开专员";
        }

        @Override
        public String roleCode() {
            return "DISCLOSURE_OFFICER";
        }
    }
}
