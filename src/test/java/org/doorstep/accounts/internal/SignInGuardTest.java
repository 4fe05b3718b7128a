package org.doorstep.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.NewStaffAccount;
import org.doorstep.accounts.Role;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.FieldErrors.InvalidFieldsException;
import org.doorstep.support.Authenticator;
import org.doorstep.support.FormClient;
import org.doorstep.support.HttpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Staff sign-in as an attacker tries it, over real HTTP: parallel guessing, locking someone else out, replaying a
 * code, keeping a session after the account was disabled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInGuardTest {

    static final String PASSWORD = "Guard2026pass";

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    SecondFactor secondFactor;
    @Autowired
    JdbcClient jdbc;

    /** A new county officer enrolled with the demo authenticator secret. */
    String officer() {
        String username = "t-guard-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaff(new NewStaffAccount(username, "守卫测试", EnumSet.of(Role.DISCLOSURE_OFFICER),
                DemoCounty.COUNTY, PASSWORD));
        secondFactor.enrolWithoutCode(username, Authenticator.DEMO_SECRET);
        return username;
    }

    @BeforeEach
    @AfterEach
    void forgetThisAddress() {
        // Every client here is 127.0.0.1: leave no address delay behind for the next test.
        jdbc.sql("delete from accounts_sign_in_source").update();
    }

    @Test
    void fortyParallelGuessesGetFivePasswordComparisonsThenTheAccountIsLocked() throws Exception {
        String login = officer();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 40; i++) {
                int guess = i;
                answers.add(pool.submit(() -> new FormClient(port).password(login, "Wrong2026guess" + guess)));
            }
            List<String> where = new ArrayList<>();
            for (Future<String> a : answers) {
                where.add(a.get());
            }
            assertThat(where).allMatch(w -> w.equals("/login?error") || w.equals("/login?locked"));
            assertThat(where.stream().filter("/login?error"::equals).count())
                    .as("guesses whose password was compared").isEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(new FormClient(port).password(login, PASSWORD)).isEqualTo("/login?locked");
    }

    @Test
    void aClientThatSignedInBeforeKeepsTheAccountWhileStrangersHaveLockedIt() {
        String login = officer();
        FormClient desk = new FormClient(port);
        assertThat(desk.signInStaff(login, PASSWORD)).isEqualTo("/console");
        desk.submit("/console", "/logout", Map.of());
        for (int i = 0; i < 5; i++) {
            new FormClient(port).password(login, "Stranger2026x" + i);
        }
        assertThat(new FormClient(port).password(login, PASSWORD)).isEqualTo("/login?locked");
        // The owner's own PC still signs in, with the password and the code.
        assertThat(desk.signInStaff(login, PASSWORD)).isEqualTo("/console");
        assertThat(desk.get("/console").status()).isEqualTo(200);
    }

    @Test
    void aSecondAdministratorUnlocksTheLockedSecurityAdministrator() {
        String security = "t-guard-sec-" + UUID.randomUUID().toString().substring(0, 6);
        accounts.createStaff(new NewStaffAccount(security, "安全管理员", EnumSet.of(Role.SECURITY_ADMIN),
                DemoCounty.COUNTY, PASSWORD));
        secondFactor.enrolWithoutCode(security, Authenticator.DEMO_SECRET);
        for (int i = 0; i < 5; i++) {
            new FormClient(port).password(security, "Stranger2026x" + i);
        }
        assertThat(new FormClient(port).password(security, PASSWORD)).isEqualTo("/login?locked");

        FormClient admin = new FormClient(port);
        assertThat(admin.signInStaff("admin", "Qingxi@2026")).isEqualTo("/console");
        UUID id = accounts.staff(DemoCounty.COUNTY).stream().filter(s -> s.username().equals(security)).findFirst()
                .orElseThrow().id();
        HttpTestClient.Response list = admin.get("/console/accounts");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).as("an unlock button for the locked account")
                .contains("/console/accounts/" + id + "/unlock");
        assertThat(FormClient.location(admin.submit("/console/accounts", "/console/accounts/" + id + "/unlock",
                Map.of()))).isEqualTo("/console/accounts");
        assertThat(new FormClient(port).password(security, PASSWORD)).isEqualTo("/login/second-factor");
    }

    @Test
    void oneAddressTryingLoginAfterLoginIsMadeToWait() {
        String prefix = "t-spray-" + UUID.randomUUID().toString().substring(0, 6) + "-";
        for (int i = 0; i < SignInSources.FREE_FAILURES; i++) {
            assertThat(new FormClient(port).password(prefix + i, "Spray2026guess")).isEqualTo("/login?error");
        }
        assertThat(new FormClient(port).password(prefix + "next", "Spray2026guess")).isEqualTo("/login?slow");
        assertThat(new FormClient(port).get("/login?slow").body()).contains("本机登录失败次数过多");
    }

    @Test
    void staffNeedTheAuthenticatorCodeAndACodeWorksOnce() {
        String login = officer();
        FormClient first = new FormClient(port);
        assertThat(first.password(login, PASSWORD)).isEqualTo("/login/second-factor");
        // Password alone reaches nothing of the console.
        assertThat(FormClient.location(first.get("/console/disclosure"))).isEqualTo("/login/second-factor");
        HttpTestClient.Response wrong = first.submit("/login/second-factor", "/login/second-factor",
                Map.of("code", "000000".equals(Authenticator.code(Authenticator.DEMO_SECRET,
                        System.currentTimeMillis() / 30_000)) ? "111111" : "000000"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("验证码不正确");
        String code = Authenticator.freshCode(login, Authenticator.DEMO_SECRET);
        assertThat(FormClient.location(first.submit("/login/second-factor", "/login/second-factor",
                Map.of("code", code)))).isEqualTo("/console");
        assertThat(first.get("/console/disclosure").status()).isEqualTo(200);

        // Someone who watched the code being typed cannot use it again.
        FormClient onlooker = new FormClient(port);
        assertThat(onlooker.password(login, PASSWORD)).isEqualTo("/login/second-factor");
        HttpTestClient.Response replay = onlooker.submit("/login/second-factor", "/login/second-factor",
                Map.of("code", code));
        assertThat(replay.body()).contains("验证码不正确或已使用过");
        assertThat(FormClient.location(onlooker.get("/console"))).isEqualTo("/login/second-factor");
    }

    @Test
    void theRightPasswordDoesNotBuyFreshGuessesOfTheCode() {
        String login = officer();
        FormClient thief = new FormClient(port);
        assertThat(thief.password(login, PASSWORD)).isEqualTo("/login/second-factor");
        String wrong = "000000".equals(Authenticator.code(Authenticator.DEMO_SECRET, System.currentTimeMillis() / 30_000))
                ? "111111" : "000000";
        for (int i = 0; i < 4; i++) {
            thief.submit("/login/second-factor", "/login/second-factor", Map.of("code", wrong));
        }
        // The password attempt and four wrong codes are five failures: the login is locked, password or not.
        assertThat(new FormClient(port).password(login, PASSWORD)).isEqualTo("/login?locked");
    }

    @Test
    void halfSignedInNobodyChangesThePassword() {
        String login = officer();
        FormClient thief = new FormClient(port);
        assertThat(thief.password(login, PASSWORD)).isEqualTo("/login/second-factor");
        HttpTestClient.Response attempt = thief.submit("/login", "/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "Stolen2026pass", "newPasswordConfirm",
                        "Stolen2026pass"));
        assertThat(attempt.status()).isIn(302, 403);
        assertThat(FormClient.location(attempt)).doesNotContain("passwordChanged");
        assertThat(new FormClient(port).signInStaff(login, PASSWORD)).isEqualTo("/console");
    }

    @Test
    void aNewAccountEnrolsItsAuthenticatorAndARecoveryCodeWorksOnce() {
        String login = "t-enrol-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaff(new NewStaffAccount(login, "登记测试", EnumSet.of(Role.WINDOW_OFFICER),
                DemoCounty.MEILIN_TOWN, PASSWORD));
        FormClient client = new FormClient(port);
        assertThat(client.password(login, PASSWORD)).isEqualTo("/login/second-factor/enrol");
        HttpTestClient.Response page = client.get("/login/second-factor/enrol");
        Matcher secret = Pattern.compile("class=\"totp-secret\">([A-Z2-7 ]+)<").matcher(page.body());
        assertThat(secret.find()).isTrue();
        assertThat(page.body()).contains("data:image/png;base64,");
        String base32 = secret.group(1).replace(" ", "");
        HttpTestClient.Response enrolled = client.submit("/login/second-factor/enrol", "/login/second-factor/enrol",
                Map.of("code", Authenticator.freshCode(login, base32)));
        assertThat(enrolled.status()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        Matcher m = Pattern.compile("<code>([a-z2-9]{5}-[a-z2-9]{5})</code>").matcher(enrolled.body());
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(client.get("/console/cases").status()).isEqualTo(200);

        FormClient lostPhone = new FormClient(port);
        assertThat(lostPhone.password(login, PASSWORD)).isEqualTo("/login/second-factor");
        assertThat(FormClient.location(lostPhone.submit("/login/second-factor", "/login/second-factor",
                Map.of("code", codes.get(3))))).isEqualTo("/console");
        FormClient again = new FormClient(port);
        again.password(login, PASSWORD);
        assertThat(again.submit("/login/second-factor", "/login/second-factor", Map.of("code", codes.get(3))).body())
                .contains("验证码不正确或已使用过");
    }

    @Test
    void disablingTheAccountOrChangingItsPasswordEndsEveryOpenSession() {
        String login = officer();
        FormClient office = new FormClient(port);
        FormClient home = new FormClient(port);
        assertThat(office.signInStaff(login, PASSWORD)).isEqualTo("/console");
        assertThat(home.signInStaff(login, PASSWORD)).isEqualTo("/console");

        // The officer changes the password at the office: the session at home ends at once, the office's too.
        HttpTestClient.Response changed = office.submit("/account/password", "/account/password",
                Map.of("currentPassword", PASSWORD, "newPassword", "Changed2026pass",
                        "newPasswordConfirm", "Changed2026pass"));
        assertThat(FormClient.location(changed)).isEqualTo("/login?passwordChanged");
        assertThat(FormClient.location(home.get("/console/disclosure"))).endsWith("/login");
        assertThat(FormClient.location(office.get("/console/disclosure"))).endsWith("/login");

        // Back where the officer was going when the session ended.
        assertThat(office.signInStaff(login, "Changed2026pass")).startsWith("/console/disclosure");
        UUID id = accounts.staff(DemoCounty.COUNTY).stream().filter(s -> s.username().equals(login)).findFirst()
                .orElseThrow().id();
        accounts.setEnabled(id, false);
        HttpTestClient.Response after = office.get("/console/disclosure");
        assertThat(after.status()).isEqualTo(302);
        assertThat(FormClient.location(after)).endsWith("/login");
        assertThat(office.password(login, "Changed2026pass")).isEqualTo("/login?disabled");
    }

    @Test
    void aPasswordOverBcryptsLimitOrACommonOneIsAFormErrorNotA500() {
        String login = officer();
        FormClient client = new FormClient(port);
        assertThat(client.signInStaff(login, PASSWORD)).isEqualTo("/console");
        for (String bad : List.of("Ab1" + "x".repeat(70), "Password123", "a1" + login + "xyz", "密码2026很长很长很长很长很长很长很长很长很长很长很长很长很长")) {
            HttpTestClient.Response r = client.submit("/account/password", "/account/password",
                    Map.of("currentPassword", PASSWORD, "newPassword", bad, "newPasswordConfirm", bad));
            assertThat(r.status()).as(bad).isEqualTo(200);
            assertThat(r.body()).as(bad).containsAnyOf("不能超过 72 个字节", "最常见的弱密码", "不能包含账号");
        }
        // The sign-in form takes an overlong password as a plain wrong one.
        assertThat(new FormClient(port).password(login, "x1".repeat(5000))).isEqualTo("/login?error");
    }

    @Test
    void noAccountCombinesTwoOfTheThreeAdministrators() {
        assertThatThrownBy(() -> accounts.createStaff(new NewStaffAccount("t-both-" + UUID.randomUUID()
                .toString().substring(0, 6), "兼任", EnumSet.of(Role.SYSTEM_ADMIN, Role.AUDIT_ADMIN),
                DemoCounty.COUNTY, PASSWORD)))
                .isInstanceOf(InvalidFieldsException.class).hasMessageContaining("三员分立");
        String one = officer();
        UUID id = jdbc.sql("select id from accounts_staff where username = ?").param(one).query(UUID.class).single();
        jdbc.sql("insert into accounts_staff_role (staff_id, role) values (?, 'SECURITY_ADMIN')").param(id).update();
        assertThatThrownBy(() -> jdbc.sql("insert into accounts_staff_role (staff_id, role) values (?, 'AUDIT_ADMIN')")
                .param(id).update()).hasMessageContaining("accounts_staff_one_administrator_role");
    }
}
