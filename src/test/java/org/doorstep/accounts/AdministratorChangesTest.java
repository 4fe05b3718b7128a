package org.doorstep.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The 三员分立 loophole of issue 10: a security administrator could set a system administrator's password, reset the
 * authenticator and sign in as them. Over HTTP, such changes now wait for a second administrator (neither the one
 * who asked nor the holder); an ordinary staff account's reset still takes effect at once.
 */
@SpringBootTest
class AdministratorChangesTest {

    static final String NEW_PASSWORD = "Qingxi2026Reset!";

    @Autowired
    org.doorstep.audit.AuditTrail auditTrail;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder passwords;

    MockMvc mvc;
    String unit = DemoCounty.MEILIN_TOWN;
    Staff security;
    Staff system;
    Staff audit;

    record Staff(UUID id, String username, String displayName, String roleCode, String unitCode)
            implements StaffIdentity {
    }

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        security = create(Role.SECURITY_ADMIN);
        system = create(Role.SYSTEM_ADMIN);
        audit = create(Role.AUDIT_ADMIN);
    }

    Staff create(Role role) {
        String username = "t-3y-" + role.name().toLowerCase().charAt(0) + UUID.randomUUID().toString().substring(0, 8);
        UUID id = accounts.createStaff(new NewStaffAccount(username, "复核测试" + role.label(), EnumSet.of(role), unit,
                "Qingxi2026Admin!"));
        return new Staff(id, username, "复核测试" + role.label(), role.name(), unit);
    }

    String hash(String username) {
        return jdbc.sql("select password_hash from accounts_staff where username = ?").param(username)
                .query(String.class).single();
    }

    MockHttpServletResponse send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            StaffIdentity who) throws Exception {
        return mvc.perform(request.with(csrf()).with(SignedInRequests.as(who))).andReturn().getResponse();
    }

    String pendingId(String username, String kind) {
        return jdbc.sql("""
                select id::text from accounts_admin_change where target_username = ? and kind = ? and state = 'PENDING'
                """).params(username, kind).query(String.class).single();
    }

    @Test
    void aSecurityAdministratorsResetOfASystemAdministratorWaitsForAnotherAdministrator() throws Exception {
        var asked = mvc.perform(post("/console/accounts/" + system.id() + "/password").param("password", NEW_PASSWORD)
                .with(csrf()).with(SignedInRequests.as(security))).andReturn();
        assertThat(asked.getResponse().getRedirectedUrl()).isEqualTo("/console/accounts");
        assertThat(asked.getFlashMap().get("message")).asString().contains("须由另一名管理员复核");
        assertThat(passwords.matches(NEW_PASSWORD, hash(system.username()))).as("nothing changed yet").isFalse();
        send(post("/console/accounts/" + system.id() + "/second-factor/reset"), security);
        String reset = pendingId(system.username(), "PASSWORD_RESET");

        // Neither the one who asked nor the holder may approve; both answer 403 and nothing changes.
        assertThat(send(post("/console/accounts/changes/" + reset + "/approve"), security).getStatus()).isEqualTo(403);
        assertThat(send(post("/console/accounts/changes/" + reset + "/approve"), system).getStatus()).isEqualTo(403);
        assertThat(passwords.matches(NEW_PASSWORD, hash(system.username()))).isFalse();
        String page = SignedInRequests.page(mvc, get("/console/accounts/changes"), audit);
        assertThat(page).contains("重置管理员密码", "重置管理员身份验证器", system.username(), security.username());

        // The audit administrator approves the password, rejects the authenticator reset.
        assertThat(send(post("/console/accounts/changes/" + reset + "/approve"), audit).getRedirectedUrl())
                .isEqualTo("/console/accounts/changes");
        assertThat(passwords.matches(NEW_PASSWORD, hash(system.username()))).isTrue();
        String factor = pendingId(system.username(), "SECOND_FACTOR_RESET");
        send(post("/console/accounts/changes/" + factor + "/reject"), audit);
        assertThat(jdbc.sql("select state || ' ' || decided_by from accounts_admin_change where id = ?::uuid")
                .param(factor).query(String.class).single()).isEqualTo("REJECTED " + audit.username());
        assertThat(jdbc.sql("select count(*) from accounts_admin_change where id = ?::uuid and password_hash is null")
                .param(reset).query(Integer.class).single()).as("no password hash kept once decided").isOne();
        // Decided once: a second approval finds nothing.
        assertThat(send(post("/console/accounts/changes/" + reset + "/approve"), system).getStatus()).isEqualTo(404);
        auditTrail.chainPending();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'accounts.admin-change.approved'"
                + " and subject = ?").param(system.username()).query(Integer.class).single()).isOne();
    }

    @Test
    void anAdministratorAccountIsCreatedOnlyOnceReviewedAndAnOrdinaryOneAtOnce() throws Exception {
        String admin = "t-3y-new" + UUID.randomUUID().toString().substring(0, 8);
        send(post("/console/accounts").param("username", admin).param("displayName", "新审计管理员")
                .param("roles", "AUDIT_ADMIN").param("unitCode", unit).param("password", "Qingxi2026Admin!"),
                security);
        assertThat(accounts.enabledStaff(admin)).isEmpty();
        send(post("/console/accounts/changes/" + pendingId(admin, "CREATE") + "/approve"), system);
        assertThat(accounts.enabledStaff(admin)).hasValueSatisfying(s -> assertThat(s.roleCode())
                .isEqualTo("AUDIT_ADMIN"));

        String clerk = "t-3y-clerk" + UUID.randomUUID().toString().substring(0, 8);
        send(post("/console/accounts").param("username", clerk).param("displayName", "窗口人员")
                .param("roles", "WINDOW_OFFICER").param("unitCode", unit).param("password", "Qingxi2026Clerk!"),
                security);
        assertThat(accounts.enabledStaff(clerk)).isPresent();
        UUID clerkId = jdbc.sql("select id from accounts_staff where username = ?").param(clerk).query(UUID.class)
                .single();
        send(post("/console/accounts/" + clerkId + "/password").param("password", NEW_PASSWORD), security);
        assertThat(passwords.matches(NEW_PASSWORD, hash(clerk))).isTrue();
        assertThat(jdbc.sql("select count(*) from accounts_admin_change where target_username = ?").param(clerk)
                .query(Integer.class).single()).isZero();
        assertThat(Set.of(admin, clerk)).allSatisfy(u -> assertThat(u).startsWith("t-3y-"));
    }
}
