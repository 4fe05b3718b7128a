package org.doorstep.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doorstep.audit.TestStaff;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * Every staff role against every console and API action: the expected answer is written here, by hand, from the
 * roles' duties (not read from {@link PermissionTable}). A refused action answers 403 whatever record it names; an
 * allowed one may still answer 404 (no such record) or a form error, but never 403 and never a 5xx.
 */
@SpringBootTest
class PermissionMatrixTest {

    /** Staff roles at the county, where every action of their role is within scope. */
    enum Who {
        SYS(Role.SYSTEM_ADMIN), SEC(Role.SECURITY_ADMIN), AUD(Role.AUDIT_ADMIN), PUB(Role.DISCLOSURE_OFFICER),
        CONF(Role.CONFIDENTIALITY_REVIEWER), WIN(Role.WINDOW_OFFICER), DEP(Role.DEPARTMENT_REVIEWER),
        GRID(Role.GRID_WORKER), SUP(Role.SUPERVISOR),
        /** A township's system administrator: the county-wide actions are not theirs. */
        TOWN_SYS(Role.SYSTEM_ADMIN);

        final Role role;

        Who(Role role) {
            this.role = role;
        }

        TestStaff identity() {
            String unit = this == TOWN_SYS ? DemoCounty.MEILIN_TOWN
                    : this == DEP ? DemoCounty.MARKET_REGULATION : DemoCounty.COUNTY;
            return new TestStaff("t-matrix-" + name().toLowerCase(), "矩阵测试" + role.label(), role.name(), unit);
        }
    }

    static final Set<Who> ALL = EnumSet.allOf(Who.class);
    static final String NO_CASE = "QX-NOSUCH-0001";
    static final String NO_ID = "00000000-0000-0000-0000-000000000001";

    record Action(String method, String path, Set<Who> allowed, boolean runWhenAllowed) {
    }

    static final List<Action> ACTIONS = new ArrayList<>();

    static void onGet(String path, Who... allowed) {
        ACTIONS.add(new Action("GET", path, set(allowed), true));
    }

    static void onPost(String path, Who... allowed) {
        ACTIONS.add(new Action("POST", path, set(allowed), true));
    }

    /** An action too heavy to run for real here (it rebuilds the index): only its refusals are checked. */
    static void postRefusalsOnly(String path, Who... allowed) {
        ACTIONS.add(new Action("POST", path, set(allowed), false));
    }

    static Set<Who> set(Who... w) {
        return w.length == 0 ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(Arrays.asList(w));
    }

    // Paths carry the parameters their forms require, so that a refusal is the permission's and not a missing
    // parameter's 400; for the roles allowed the values are invalid or name nothing, so nothing changes.
    static {
        Who[] everyone = ALL.toArray(Who[]::new);
        onGet("/console", everyone);
        onGet("/console/calendar", everyone);
        onGet("/console/organization", everyone);
        // 办件
        onGet("/console/cases", Who.SYS, Who.TOWN_SYS, Who.WIN, Who.DEP, Who.SUP);
        onGet("/console/cases/" + NO_CASE, Who.SYS, Who.TOWN_SYS, Who.WIN, Who.DEP, Who.SUP);
        onGet("/console/bundles/YJ-NOSUCH", Who.SYS, Who.TOWN_SYS, Who.WIN, Who.DEP, Who.SUP);
        onGet("/console/cases/new", Who.SYS, Who.TOWN_SYS, Who.WIN);
        onPost("/console/cases/new", Who.SYS, Who.TOWN_SYS, Who.WIN);
        for (String step : List.of("accept", "refuse", "notice", "supplement", "deliver", "handover")) {
            onPost("/console/cases/" + NO_CASE + "/" + step, Who.SYS, Who.TOWN_SYS, Who.WIN, Who.DEP);
        }
        onPost("/console/cases/" + NO_CASE + "/dispatch", Who.SYS, Who.TOWN_SYS, Who.WIN);
        for (String step : List.of("review", "approve", "reject")) {
            onPost("/console/cases/" + NO_CASE + "/" + step, Who.SYS, Who.TOWN_SYS, Who.DEP);
        }
        onGet("/console/certificates", Who.SYS, Who.TOWN_SYS, Who.WIN, Who.DEP, Who.SUP);
        onPost("/console/certificates/NOSUCHCODE000000/revoke", Who.SYS, Who.TOWN_SYS, Who.WIN, Who.DEP);
        // 政务公开
        onGet("/console/disclosure", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.CONF, Who.SUP);
        onGet("/console/disclosure/new", Who.PUB);
        onPost("/console/disclosure/documents", Who.PUB);
        for (String step : List.of("submit", "withdraw", "repeal", "attachments/remove?sha256=00")) {
            onPost("/console/disclosure/documents/999999999/" + step, Who.PUB);
        }
        onPost("/console/disclosure/documents/999999999/approve", Who.CONF);
        onPost("/console/disclosure/documents/999999999/return", Who.CONF);
        onGet("/console/disclosure/catalogue", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.CONF, Who.SUP);
        onGet("/console/disclosure/catalogue/export?division=" + DemoCounty.COUNTY, Who.SYS, Who.TOWN_SYS, Who.PUB, Who.CONF, Who.SUP);
        // The county's catalogue: a township's administrator may edit catalogues, but not the county's.
        onPost("/console/disclosure/catalogue/nodes?division=" + DemoCounty.COUNTY, Who.SYS, Who.PUB);
        onPost("/console/disclosure/catalogue/import?division=" + DemoCounty.COUNTY, Who.SYS, Who.TOWN_SYS, Who.PUB);
        // 依申请公开
        onGet("/console/requests", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.SUP);
        onGet("/console/requests/new", Who.SYS, Who.TOWN_SYS, Who.PUB);
        for (String step : List.of("confirm", "supplement-notice", "extend", "fee", "reply", "remedies")) {
            onPost("/console/requests/YSQ-NOSUCH/" + step, Who.SYS, Who.TOWN_SYS, Who.PUB);
        }
        // 条例第四十二条 "可以收取": whether to charge is the disclosure office's decision, not an administrator's.
        onPost("/console/requests/YSQ-NOSUCH/fee-decision", Who.PUB);
        // 点题公开 and 咨询
        onGet("/console/topics", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.DEP, Who.SUP);
        onGet("/console/topics/new", Who.SYS, Who.TOWN_SYS, Who.PUB);
        onPost("/console/topics/DT-NOSUCH/accept", Who.SYS, Who.TOWN_SYS, Who.PUB);
        onPost("/console/topics/DT-NOSUCH/decline", Who.SYS, Who.TOWN_SYS, Who.PUB);
        onPost("/console/topics/DT-NOSUCH/submit", Who.SYS, Who.TOWN_SYS, Who.PUB);
        onPost("/console/topics/DT-NOSUCH/answer", Who.PUB, Who.DEP);
        // 政府网站找错: the county's disclosure office only (a township's office is not the site's owner).
        onGet("/console/site-feedback", Who.PUB);
        onPost("/console/site-feedback/999999999/handled", Who.PUB);
        onGet("/console/consultations", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.WIN, Who.DEP, Who.GRID, Who.SUP);
        onGet("/console/consultations/new", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.WIN, Who.DEP, Who.GRID);
        onPost("/console/consultations/new", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.WIN, Who.DEP, Who.GRID);
        onGet("/console/hot-topics", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.WIN, Who.DEP, Who.GRID, Who.SUP);
        onPost("/console/hot-topics/draft", Who.PUB);
        // 年度报告: the office writes; administrators and supervisors read.
        onGet("/console/reports", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.SUP);
        onPost("/console/reports", Who.PUB);
        // 政务服务事项: the list is county-wide, so only the county's administrator imports it.
        onGet("/console/services", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.CONF, Who.WIN, Who.DEP, Who.GRID, Who.SUP);
        onGet("/console/services/export", Who.SYS, Who.TOWN_SYS, Who.PUB, Who.CONF, Who.WIN, Who.DEP, Who.GRID,
                Who.SUP);
        onGet("/console/services/new", Who.SYS, Who.TOWN_SYS);
        onPost("/console/services/import", Who.SYS);
        // 组织机构: a township administrator edits their township; the county's workbook is the county's.
        onGet("/console/organization/import", Who.SYS);
        onGet("/console/organization/export", Who.SYS);
        // County-wide settings.
        onPost("/console/calendar/days?date=not-a-date&kind=HOLIDAY", Who.SYS);
        onPost("/console/calendar/years?year=1999", Who.SYS);
        onGet("/console/search", Who.SYS);
        postRefusalsOnly("/console/search/rebuild", Who.SYS);
        // 三员分立: accounts for the security administrator, the audit trail for the audit administrator.
        onGet("/console/accounts", Who.SEC, Who.SYS, Who.TOWN_SYS);
        onPost("/console/accounts", Who.SEC);
        onPost("/console/accounts/" + NO_ID + "/enabled?enabled=false", Who.SEC);
        onPost("/console/accounts/" + NO_ID + "/password", Who.SEC);
        onPost("/console/accounts/" + NO_ID + "/unlock", Who.SEC, Who.SYS, Who.TOWN_SYS);
        onPost("/console/accounts/" + NO_ID + "/second-factor/reset", Who.SEC);
        // 双人复核: any of the three administrators reviews the others' changes to administrator accounts.
        onGet("/console/accounts/changes", Who.SYS, Who.SEC, Who.AUD, Who.TOWN_SYS);
        onPost("/console/accounts/changes/" + NO_ID + "/approve", Who.SYS, Who.SEC, Who.AUD, Who.TOWN_SYS);
        onPost("/console/accounts/changes/" + NO_ID + "/reject", Who.SYS, Who.SEC, Who.AUD, Who.TOWN_SYS);
        // 实名核验: the window officer who has seen the ID card or business licence.
        onGet("/console/accounts/verify", Who.WIN);
        onPost("/console/accounts/verify?mobile=13900000000", Who.WIN);
        onGet("/console/audit", Who.AUD, Who.SUP);
        onPost("/console/audit/verification", Who.AUD, Who.SUP);
        onGet("/api/v1/audit/verification", Who.AUD, Who.SUP);
        // A citizen's own API is not staff business.
        onGet("/api/v1/my/cases");
    }

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
    }

    @Test
    void everyRoleIsAllowedExactlyItsActions() throws Exception {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Action a : ACTIONS) {
            for (Who who : ALL) {
                boolean allowed = a.allowed().contains(who);
                if (allowed && !a.runWhenAllowed()) {
                    continue;
                }
                MockHttpServletRequestBuilder request = a.method().equals("GET") ? get(a.path())
                        : post(a.path()).with(csrf());
                int status = mvc.perform(request.with(SignedInRequests.as(who.identity()))).andReturn().getResponse()
                        .getStatus();
                boolean ok = allowed ? status != 403 && status != 401 && status < 500 : status == 403;
                if (!ok) {
                    wrong.put(a.method() + " " + a.path() + " as " + who, (allowed ? "allowed" : "refused")
                            + " expected, got " + status);
                }
            }
        }
        assertThat(wrong).as("actions answered against the matrix").isEmpty();
    }

    @Test
    void aCitizenAndAnAnonymousVisitorReachNoConsoleAction() throws Exception {
        TestStaff citizen = new TestStaff("13900000000", "群众", "CITIZEN", null);
        for (Action a : ACTIONS) {
            if (a.path().startsWith("/api/v1/my/")) {
                continue;
            }
            MockHttpServletRequestBuilder request = a.method().equals("GET") ? get(a.path())
                    : post(a.path()).with(csrf());
            int asCitizen = mvc.perform(request.with(SignedInRequests.as(citizen))).andReturn().getResponse()
                    .getStatus();
            assertThat(asCitizen).as("%s %s as a citizen", a.method(), a.path()).isEqualTo(403);
            MockHttpServletRequestBuilder again = a.method().equals("GET") ? get(a.path())
                    : post(a.path()).with(csrf());
            int anonymous = mvc.perform(again).andReturn().getResponse().getStatus();
            assertThat(anonymous).as("%s %s anonymously", a.method(), a.path()).isIn(302, 401);
        }
    }

    /** Every authority a controller names must be a permission of the table, or the check can never pass. */
    @Test
    void everyAuthorityAControllerNamesIsAPermission(@Autowired ApplicationContext app) {
        Pattern named = Pattern.compile("has(?:Any)?Authority\\(([^)]*)\\)");
        Pattern quoted = Pattern.compile("'([A-Z_]+)'");
        List<String> unknown = new ArrayList<>();
        int seen = 0;
        List<Object> controllers = new ArrayList<>(app.getBeansWithAnnotation(Controller.class).values());
        controllers.addAll(app.getBeansWithAnnotation(RestController.class).values());
        for (Object bean : controllers) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            List<PreAuthorize> rules = new ArrayList<>();
            if (type.getAnnotation(PreAuthorize.class) != null) {
                rules.add(type.getAnnotation(PreAuthorize.class));
            }
            for (var m : type.getDeclaredMethods()) {
                if (m.getAnnotation(PreAuthorize.class) != null) {
                    rules.add(m.getAnnotation(PreAuthorize.class));
                }
            }
            for (PreAuthorize rule : rules) {
                // Roles decide only the kind of sign-in (staff or citizen); what a staff role may do is a permission.
                Matcher roles = Pattern.compile("has(?:Any)?Role\\(([^)]*)\\)").matcher(rule.value());
                while (roles.find()) {
                    Matcher q = quoted.matcher(roles.group(1));
                    while (q.find()) {
                        assertThat(q.group(1)).as("a role named in %s", type.getSimpleName()).isIn("STAFF", "CITIZEN");
                    }
                }
                Matcher m = named.matcher(rule.value());
                while (m.find()) {
                    Matcher q = quoted.matcher(m.group(1));
                    while (q.find()) {
                        seen++;
                        if (Arrays.stream(Permission.values()).noneMatch(p -> p.name().equals(q.group(1)))) {
                            unknown.add(type.getSimpleName() + ": " + q.group(1));
                        }
                    }
                }
            }
        }
        assertThat(seen).as("authorities named by controllers").isGreaterThan(40);
        assertThat(unknown).isEmpty();
    }
}
