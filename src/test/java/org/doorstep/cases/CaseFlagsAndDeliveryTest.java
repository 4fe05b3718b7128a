package org.doorstep.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.doorstep.platform.InvalidInputException;
import org.doorstep.services.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Warnings before and after the due date for staff; delivery by post with its tracking number for the applicant. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CaseFlagsAndDeliveryTest {

    @Autowired
    Cases cases;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void mvc() {
        mvc = SignedInRequests.secured(context);
    }

    Case applied(Actor citizen, String item) {
        return cases.apply(item, CasesTest.person(), Delivery.POST, List.of(), null, citizen);
    }

    @Test
    void aCaseWithTwoOrFewerWorkingDaysLeftIsWarnedToStaffBeforeItsDueDate() throws Exception {
        // 企业变更登记, promised 1 working day, applied today: due soon, not yet overdue.
        Case c = applied(Actor.citizen(), "QX-SCJG-005");
        assertThat(cases.list(Actor.market(), "warning", 1, null).cases()).anyMatch(x -> x.number().equals(c.number())
                && x.urgency() == Urgency.WARNING);
        Case flagged = cases.forStaff(c.number(), Actor.market());
        assertThat(flagged.clock().remainingDays()).isBetween(0, Urgency.WARNING_DAYS);
        assertThat(flagged.clock().urgency()).isEqualTo(Urgency.WARNING);
        mvc.perform(get("/console/cases").param("filter", "warning")
                        .with(authentication(Actor.market().authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(c.number())))
                .andExpect(content().string(containsString("即将到期")));
        mvc.perform(get("/console/cases/" + c.number()).with(authentication(Actor.market().authentication())))
                .andExpect(content().string(containsString("urgency-warning")))
                .andExpect(content().string(containsString("剩余 " + flagged.clock().remainingDays() + " 个工作日")));
        // A case with days to spare is not warned.
        Case calm = applied(Actor.citizen(), "QX-SCJG-003"); // promised 5 working days
        assertThat(cases.forStaff(calm.number(), Actor.market()).clock().urgency()).isEqualTo(Urgency.ON_TIME);
    }

    @Test
    void anOverdueCaseIsWarnedToStaffAfterItsDueDateWithTheWorkingDaysOverdue() throws Exception {
        Case demo = cases.forStaff(cases.list(Actor.market(), "overdue", 1, null).cases().get(0).number(),
                Actor.market());
        assertThat(demo.clock().remainingDays()).isNegative();
        mvc.perform(get("/console/cases/" + demo.number()).with(authentication(Actor.market().authentication())))
                .andExpect(content().string(containsString("urgency-overdue")))
                .andExpect(content().string(containsString("超期 " + (-demo.clock().remainingDays()) + " 个工作日")));
        mvc.perform(get("/console/cases").with(authentication(Actor.market().authentication())))
                .andExpect(content().string(containsString("已超期")));
    }

    @Test
    void deliveryByPostRecordsTheTrackingNumberAndTheApplicantSeesIt() throws Exception {
        Actor citizen = Actor.citizen();
        Case c = cases.apply("QX-SCJG-005", CasesTest.person(), Delivery.POST, List.of(new Upload("公司登记（备案）申请书",
                new ByteArrayInputStream(CasesTest.PDF), "form.pdf")), null, citizen);
        cases.accept(c.number(), null, Actor.market());
        cases.review(c.number(), null, Actor.market());
        cases.approve(c.number(), "准予变更", Actor.market());
        // Post without a tracking number is refused in Chinese and changes nothing.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cases.deliver(c.number(), Delivery.POST, " ", null,
                Actor.market())).isInstanceOf(InvalidInputException.class).hasMessageContaining("快递单号");
        assertThat(cases.forStaff(c.number(), Actor.market()).state()).isEqualTo(CaseState.APPROVED);
        cases.deliver(c.number(), Delivery.POST, "SF1234567890123", null, Actor.market());

        mvc.perform(get("/my/cases/" + c.number()).with(authentication(citizen.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("快递单号 SF1234567890123")))
                .andExpect(content().string(containsString("送达：邮寄（单号 SF1234567890123）")));
        mvc.perform(get("/api/v1/my/cases/" + c.number()).with(authentication(citizen.authentication())))
                .andExpect(jsonPath("$.delivery").value("POST"))
                .andExpect(jsonPath("$.trackingNumber").value("SF1234567890123"));
        // And anyone with the query code on the public status page.
        mvc.perform(post("/cases/status").param("number", c.number())
                        .param("verification", cases.queryCodeOf(c.number(), citizen.username())).with(csrf())
                        .with(r -> {
                            r.setRemoteAddr(StatusCheckRateLimitTest.client());
                            return r;
                        }))
                .andExpect(content().string(containsString("快递单号 SF1234567890123")))
                .andExpect(content().string(not(containsString(Cases.LOOKUP_FAILED))));
    }
}
