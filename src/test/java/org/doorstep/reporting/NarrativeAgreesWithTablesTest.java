package org.doorstep.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.Map;

import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Over HTTP, the narrative may not contradict the tables (issue 12 item 11): 石桥镇's 2022 report (no requests that
 * year, no fees) with sections that claim 3 applications, 2 concluded and 100 元 of fees is shown with the
 * differences in Chinese, refused at submission, and agrees with its tables after "按表格数据改写".
 */
@SpringBootTest
@AutoConfigureMockMvc
class NarrativeAgreesWithTablesTest {

    static final TestStaff OFFICER = new TestStaff("t-narr-gongkai", "公开专员", "DISCLOSURE_OFFICER",
            DemoCounty.SHIQIAO_TOWN);

    @Autowired
    MockMvc mvc;
    @Autowired
    AnnualReports reports;

    @Test
    void aNarrativeThatContradictsTheTablesIsShownRefusedAndRewrittenFromTheTables() throws Exception {
        AnnualReport r = reports.create(2022, OFFICER);
        assertThat(reports.differences(r)).as("the generated text states the tables' figures").isEmpty();
        int received = r.figures().requests().received().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(received).as("石桥镇 had no requests in 2022").isZero();
        assertThat(r.figures().requestFeesYuan()).isZero();
        Map<NarrativeSection, String> text = new EnumMap<>(NarrativeSection.class);
        for (NarrativeSection s : NarrativeSection.values()) {
            text.put(s, s.heading() + "的内容。");
        }
        text.put(NarrativeSection.ON_REQUEST, "全年共收到政府信息公开申请 3 件，办结 2 件，均在法定期限内答复。");
        text.put(NarrativeSection.OTHER, "本年度收取信息处理费 100 元。无其他需要报告的事项。");
        reports.save(r.id(), new ReportDraft(text, "0", "0", "0"), OFFICER);

        String page = SignedInRequests.page(mvc, get("/console/reports/" + r.id()), OFFICER);
        assertThat(page).contains("正文与表格数据不一致",
                "“（二）依申请公开”写“收到政府信息公开申请 3 件”，而表三“一、本年新收政府信息公开申请数量”的总计为 0 件",
                "“（二）依申请公开”写“办结 2 件”，而表三“（七）总计”的总计为 0 件",
                "“六、其他需要报告的事项”写“收取信息处理费 100 元”，而平台记录的本年度信息处理费收入为 0 元",
                "按表格数据改写");

        MvcResult submit = mvc.perform(post("/console/reports/" + r.id() + "/submit").with(csrf())
                .with(SignedInRequests.as(OFFICER))).andReturn();
        assertThat(submit.getResponse().getStatus()).isEqualTo(302);
        assertThat((String) submit.getFlashMap().get("error")).startsWith("不能提交保密审查：")
                .contains("正文与表格数据不一致：“（二）依申请公开”写“办结 2 件”");
        assertThat(reports.report(r.id(), OFFICER).status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(reports.report(r.id(), OFFICER).documentId()).isNull();

        MvcResult align = mvc.perform(post("/console/reports/" + r.id() + "/align-narrative").with(csrf())
                .with(SignedInRequests.as(OFFICER))).andReturn();
        assertThat(align.getResponse().getStatus()).isEqualTo(302);
        assertThat((String) align.getFlashMap().get("message")).isEqualTo("已按表格数据改写正文中 3 处数字，请核对后再提交");
        AnnualReport aligned = reports.report(r.id(), OFFICER);
        assertThat(aligned.text(NarrativeSection.ON_REQUEST)).isEqualTo("全年共收到政府信息公开申请 0 件，办结 0 件，均在法定期限内答复。");
        assertThat(aligned.text(NarrativeSection.OTHER)).isEqualTo("本年度未收取政府信息公开信息处理费。无其他需要报告的事项。");
        assertThat(SignedInRequests.page(mvc, get("/console/reports/" + r.id()), OFFICER))
                .doesNotContain("正文与表格数据不一致");

        MvcResult again = mvc.perform(post("/console/reports/" + r.id() + "/submit").with(csrf())
                .with(SignedInRequests.as(OFFICER))).andReturn();
        assertThat((String) again.getFlashMap().get("message")).startsWith("已提交保密审查");
        assertThat(reports.report(r.id(), OFFICER).status()).isEqualTo(ReportStatus.SUBMITTED);
    }
}
