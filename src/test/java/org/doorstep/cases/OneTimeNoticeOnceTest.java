package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.services.Delivery;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.context.WebApplicationContext;

/**
 * 一次性告知制 over the console (行政许可法第三十二条第一款第（四）项; seed 004 "一次性告知制"): a second notice for a
 * material that was already missing when the first went out is refused and the officer sees why; a 补充告知 for the
 * supplement itself goes out only with its reason, which the case then shows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OneTimeNoticeOnceTest {

    @Autowired
    Cases cases;
    @Autowired
    CaseWorkflow workflow;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    @Test
    void aSecondNoticeForAMaterialMissingAtIntakeIsRefusedAndOneForTheSupplementNeedsItsReason() throws Exception {
        Actor citizen = Actor.citizen();
        Actor market = Actor.market();
        // 企业变更登记 applied online with no material at all on Monday 16 November 2026; the department's first
        // notice names the resolution only, although the application form was missing too.
        var row = workflow.apply("QX-SCJG-005", CasesTest.person(), Delivery.POST, List.of(), null, citizen,
                CasesTest.at("2026-11-16T09:00"));
        String number = row.number();
        workflow.notice(number, List.of(new OneTimeNotice.NoticeItem("变更决议或决定", "缺少")), null, market,
                CasesTest.at("2026-11-16T11:00"));
        workflow.supplementAtWindow(number, Set.of("变更决议或决定"), market, CasesTest.at("2026-11-17T10:00"));
        String page = "/console/cases/" + number;

        // The forgotten form: refused, with the material and the article in the message on the officer's page.
        MvcResult refused = mvc.perform(post(page + "/notice").with(csrf())
                        .with(authentication(market.authentication()))
                        .param("material", "公司登记（备案）申请书").param("reason", "首次告知时遗漏"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("一次性告知只能发出一次")))
                .andReturn();
        mvc.perform(get(page).flashAttrs(refused.getFlashMap()).with(authentication(market.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("公司登记（备案）申请书 在上次告知时已经缺少或已经提交")))
                .andExpect(content().string(containsString("行政许可法第三十二条第一款第（四）项")))
                .andExpect(content().string(containsString("role=\"alert\"")));
        Case after = cases.caseOf(number, citizen.username());
        assertThat(after.notices()).hasSize(1);
        assertThat(after.state()).isEqualTo(CaseState.SUBMITTED);
        assertThat(after.clock().paused()).isFalse();

        // The page offers the 补充告知 with its rule and a reason field, the earlier materials not pre-ticked.
        mvc.perform(get(page).with(authentication(market.authentication())))
                .andExpect(content().string(containsString("补充告知：勾选上次告知后才发现需要补正的材料")))
                .andExpect(content().string(containsString("<label for=\"notice-reason\">")));

        // The supplemented resolution lacks a signature: that the first notice could not know. Without a reason: no.
        mvc.perform(post(page + "/notice").with(csrf()).with(authentication(market.authentication()))
                        .param("material", "变更决议或决定").param("problem-变更决议或决定", "填写不完整"))
                .andExpect(flash().attribute("error", containsString("补充告知须写明理由")));
        assertThat(cases.caseOf(number, citizen.username()).notices()).hasSize(1);

        mvc.perform(post(page + "/notice").with(csrf()).with(authentication(market.authentication()))
                        .param("material", "变更决议或决定").param("problem-变更决议或决定", "填写不完整")
                        .param("reason", "补正提交的变更决议缺少全体股东签字"))
                .andExpect(flash().attribute("done", containsString("已发出补充告知")));
        Case noticed = cases.caseOf(number, citizen.username());
        assertThat(noticed.state()).isEqualTo(CaseState.AWAITING_SUPPLEMENT);
        assertThat(noticed.notices()).hasSize(2);
        OneTimeNotice second = noticed.notices().get(1);
        assertThat(second.supplementary()).isTrue();
        assertThat(second.reason()).isEqualTo("补正提交的变更决议缺少全体股东签字");
        assertThat(second.items()).extracting(OneTimeNotice.NoticeItem::material).containsExactly("变更决议或决定");
        // The applicant reads the later notice and its reason on their own page.
        mvc.perform(get("/my/cases/" + number).with(authentication(citizen.authentication())))
                .andExpect(content().string(containsString("补充告知理由：补正提交的变更决议缺少全体股东签字")));
    }
}
