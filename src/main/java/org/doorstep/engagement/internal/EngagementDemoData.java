package org.doorstep.engagement.internal;

import java.time.LocalDate;
import java.util.List;

import org.doorstep.accounts.PortalSubmitter;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.engagement.ConsultationChannel;
import org.doorstep.engagement.ConsultationEntry;
import org.doorstep.engagement.Consultations;
import org.doorstep.engagement.TopicProposal;
import org.doorstep.engagement.TopicRequest;
import org.doorstep.engagement.Topics;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.DemoData;
import org.doorstep.platform.StaffIdentity;
import org.springframework.stereotype.Component;

/**
 * 点题公开 topics of the county in every state — one answered and published in 回应关切 — and consultations over the
 * last three months, with questions about 城乡居民医保缴费 rising in the latest month so the hot-topics view shows
 * something. Dates count back from today, so the demo looks alive whenever it is loaded.
 */
@Component
class EngagementDemoData implements DemoData {

    /** The demo accounts of the accounts module carry the same user names. */
    private record Staff(String username, String displayName, String roleCode, String unitCode)
            implements StaffIdentity {
    }

    static final Staff OFFICER = new Staff("gongkai", "青溪县人民政府公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
    static final Staff REVIEWER = new Staff("baomi", "青溪县保密审查员", "CONFIDENTIALITY_REVIEWER", DemoCounty.COUNTY);
    static final Staff DEPARTMENT = new Staff("bumen", "县市场监督管理局审核人员", "DEPARTMENT_REVIEWER",
            DemoCounty.MARKET_REGULATION);
    static final Staff WINDOW = new Staff("chuangkou", "梅林镇便民服务中心综合窗口", "WINDOW_OFFICER",
            DemoCounty.MEILIN_TOWN);
    static final Staff GRID = new Staff("wangge", "城东社区网格员", "GRID_WORKER", DemoCounty.CHENGDONG_COMMUNITY);

    /** Category, question and answer; the first ones are asked more often lately. */
    private static final List<String[]> QUESTIONS = List.of(
            new String[] {"医疗保障", "城乡居民医保缴费截止时间是什么时候，错过了还能补缴吗", "本年度集中缴费期至12月31日，逾期可在次年缴费但有待遇等待期。"},
            new String[] {"医疗保障", "城乡居民医保缴费标准今年涨了多少", "个人缴费标准按省统一标准执行，详见医保局公告。"},
            new String[] {"医疗保障", "在外地打工怎么办理城乡居民医保缴费", "可通过手机“赣服通”或税务缴费小程序线上缴费。"},
            new String[] {"社会保障", "城乡居民养老保险缴费档次怎么选", "共设多个缴费档次，多缴多得，可到村便民服务站咨询。"},
            new String[] {"住房公积金", "住房公积金提取租房需要什么条件", "本县无自有住房且连续足额缴存满3个月可申请租房提取。"},
            new String[] {"户籍证件", "身份证到期换领在哪里办理", "可到县公安局户政窗口或各乡镇派出所办理。"},
            new String[] {"市场监管", "个体工商户营业执照网上怎么申请", "登录市场监管局企业开办平台申请，最快当日办结。"},
            new String[] {"不动产登记", "农村宅基地不动产登记需要哪些手续", "需提供宅基地批准文件、身份证明等，到县不动产登记中心申请。"},
            new String[] {"涉农补贴", "耕地地力保护补贴什么时候发放", "补贴一般在每年上半年核定发放，名册在村务公开栏公示。"},
            new String[] {"社会救助", "低保申请的条件和流程是什么", "家庭人均收入低于当地低保标准且财产符合规定的，向乡镇提出申请。"},
            new String[] {"教育", "义务教育入学报名需要准备哪些材料", "户口簿、房产证明或居住证等，具体以教育局招生公告为准。"},
            new String[] {"城乡建设", "老旧小区改造什么时候开工", "改造计划已公开，具体开工时间以住建局公示为准。"});

    private final Topics topics;
    private final Consultations consultations;
    private final Disclosure disclosure;

    EngagementDemoData(Topics topics, Consultations consultations, Disclosure disclosure) {
        this.topics = topics;
        this.consultations = consultations;
        this.disclosure = disclosure;
    }

    @Override
    public int order() {
        return 600;
    }

    @Override
    public String name() {
        return "engagement";
    }

    @Override
    public void load() {
        LocalDate today = topics.today();
        String market = DemoCounty.MARKET_REGULATION;

        TopicRequest published = hotline("县城农贸市场食品安全抽检结果", "希望公开近期县城各农贸市场蔬菜、肉类的食品安全抽检结果和不合格产品的处理情况。",
                today.minusDays(60));
        topics.accept(published.number(), market, 10, today.minusDays(59), OFFICER);
        topics.answer(published.number(), "县市场监督管理局今年对县城农贸市场开展食品安全抽检，抽检结果和不合格产品的核查处置情况已汇总如下。\n"
                + "对抽检不合格的产品，已依法责令经营者下架，并对相关经营者立案调查。", today.minusDays(50), DEPARTMENT);
        TopicRequest done = topics.submitAnswer(published.number(), OFFICER);
        // Confidentiality review by someone other than the author; publishing is followed by Topics#on.
        // The answer went out two days after it was written, weeks before the demo was loaded.
        disclosure.approveMigrated(done.documentId(), today.minusDays(48), REVIEWER);

        TopicRequest review = hotline("县城共享电动车停放管理办法", "希望公开共享电动车投放数量、停放区域的规划和管理办法。", today.minusDays(30));
        topics.accept(review.number(), DemoCounty.NATURAL_RESOURCES, 10, today.minusDays(29), OFFICER);
        topics.answer(review.number(), "共享电动车停放区域的规划正在征求意见，管理办法将于征求意见结束后公开。", today.minusDays(20), OFFICER);
        topics.submitAnswer(review.number(), OFFICER);

        TopicRequest answered = propose("城区学校周边交通安全整治情况", "希望公开城区中小学校周边交通安全整治的措施和进展情况，家长比较关心。",
                null);
        topics.accept(answered.number(), market, 10, today, OFFICER);
        topics.answer(answered.number(), "相关部门已在城区学校周边增设护学岗和限速标志，整治进展将持续公开。", today, DEPARTMENT);

        TopicRequest overdue = hotline("个体工商户年报常见问题", "很多个体户不清楚年报怎么报，希望公开年报的时间、方式和常见问题解答。", today.minusDays(40));
        topics.accept(overdue.number(), market, 5, today.minusDays(39), OFFICER);

        TopicRequest assigned = hotline("城乡居民医保缴费标准和渠道", "希望公开今年城乡居民医保个人缴费标准、缴费渠道和截止时间。", today.minusDays(3));
        topics.accept(assigned.number(), DemoCounty.MEDICAL_SECURITY, 10, today.minusDays(2), OFFICER);

        TopicRequest declined = hotline("某小区业主个人信息", "希望公开某小区全部业主的姓名和联系电话，方便联系。", today.minusDays(10));
        topics.decline(declined.number(), "所点题内容涉及个人隐私，依据《政府信息公开条例》第十五条不予公开，不作为点题受理。",
                today.minusDays(9), OFFICER);

        propose("乡镇卫生院建设项目进展", "希望公开青溪县乡镇卫生院改扩建项目的资金安排和建设进度。", null);

        consultations(today);
    }

    private TopicRequest hotline(String title, String content, LocalDate on) {
        return topics.logHotline(new TopicProposal(DemoCounty.COUNTY, title, content, "一位村民", "0791-8800" + serial()),
                on, OFFICER);
    }

    /** A proposal from the portal with a landline, so that the demo never texts a number nobody proved. */
    private TopicRequest propose(String title, String content, String login) {
        return topics.propose(new TopicProposal(DemoCounty.COUNTY, title, content, "一位居民", "0791-8801" + serial()),
                new PortalSubmitter(login, "demo-data", null));
    }

    private int n = 1000;

    private String serial() {
        return String.valueOf(++n);
    }

    /** About 70 questions over 90 days; 城乡居民医保缴费 questions crowd into the last month. */
    private void consultations(LocalDate today) {
        List<Staff> staff = List.of(OFFICER, WINDOW, GRID);
        ConsultationChannel[] channels = ConsultationChannel.values();
        int k = 0;
        for (int day = 89; day >= 0; day -= 2) {
            String[] q = QUESTIONS.get(3 + k % (QUESTIONS.size() - 3));
            log(staff.get(k % 3), channels[k % channels.length], q, 3 + k % 12, today.minusDays(day));
            k++;
        }
        for (int day = 28; day >= 0; day -= 1 + k % 2) {
            String[] q = QUESTIONS.get(k % 3);
            log(staff.get(k % 3), channels[k % channels.length], q, 4 + k % 8, today.minusDays(day));
            k++;
        }
    }

    private void log(Staff who, ConsultationChannel channel, String[] q, int minutes, LocalDate on) {
        consultations.log(new ConsultationEntry(channel.name(), q[0], q[1], q[2], String.valueOf(minutes),
                on.toString()), who);
    }
}
