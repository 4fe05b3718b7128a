package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every demo role signs in with the documented password and lands on its console. */
class StaffSignInBrowserTest extends BrowserTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.doorstep.accounts.Accounts accounts;

    static final String DEMO_PASSWORD = "Qingxi@2026";

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "admin, 系统管理员, 账号管理, 青溪县",
            "anquan, 安全管理员, 账号管理, 青溪县",
            "shenji, 审计管理员, 审计日志, 青溪县",
            "gongkai, 公开专员, 工作日历, 青溪县",
            "baomi, 保密审查员, 工作日历, 青溪县",
            "chuangkou, 窗口人员, 工作日历, 梅林镇",
            "bumen, 部门审核人员, 工作日历, 青溪县市场监督管理局",
            "wangge, 网格员, 工作日历, 城东社区",
            "ducha, 督查人员, 审计日志, 青溪县"})
    void eachRoleLandsOnItsConsole(String username, String roleLabel, String menuItem, String unit) {
        PortalPage console = new LoginPage(page).open().signIn(username, DEMO_PASSWORD);
        assertThat(console.path()).isEqualTo("/console");
        assertThat(console.heading()).isEqualTo("工作台");
        assertThat(page.locator("main").innerText()).contains("您的角色：" + roleLabel).contains("所属单位：" + unit);
        assertThat(page.locator("nav").innerText()).contains(menuItem);
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        console.signOut();
        assertThat(new PortalPage(page).open("/console").path()).isEqualTo("/login");
    }

    @Test
    void aStaffMemberGivesTheAuthenticatorCodeAfterThePassword() {
        LoginPage login = new LoginPage(page);
        login.open().signInWithPassword("bumen", DEMO_PASSWORD);
        assertThat(login.path()).isEqualTo("/login/second-factor");
        assertThat(login.heading()).isEqualTo("登录验证");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        // The password alone opens nothing of the console.
        assertThat(new PortalPage(page).open("/console/cases").path()).isEqualTo("/login/second-factor");
        login.enterCode("12345");
        assertThat(login.alert()).contains("验证码不正确");
        login.enterCode(org.doorstep.support.Authenticator.freshCode("bumen",
                org.doorstep.support.Authenticator.DEMO_SECRET));
        assertThat(login.path()).isEqualTo("/console");
    }

    @Test
    void aNewStaffAccountEnrolsItsAuthenticatorAtTheFirstSignIn() {
        String username = "t-first-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        accounts.createStaff(new org.doorstep.accounts.NewStaffAccount(username, "新同事",
                java.util.EnumSet.of(org.doorstep.accounts.Role.GRID_WORKER),
                org.doorstep.organization.DemoCounty.CHENGDONG_COMMUNITY, "First2026pass"));
        LoginPage login = new LoginPage(page);
        login.open().signInWithPassword(username, "First2026pass");
        assertThat(login.path()).isEqualTo("/login/second-factor/enrol");
        assertThat(page.locator("img.totp-qr").isVisible()).isTrue();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        login.open().signIn(username, "First2026pass");
        assertThat(login.path()).isEqualTo("/console");
    }

    @Test
    void onlyAdministratorsReachAccountManagementAndOnlyForTheirOwnArea() {
        new LoginPage(page).open().signIn("chuangkou", DEMO_PASSWORD);
        assertThat(page.navigate("/console/accounts").status()).isEqualTo(403);

        new PortalPage(page).open("/console").signOut();
        new LoginPage(page).open().signIn("meilin.admin", DEMO_PASSWORD);
        page.navigate("/console/accounts");
        String table = page.locator("table.data").innerText();
        assertThat(table).contains("meilin.gongkai").contains("chuangkou").doesNotContain("shiqiao.gongkai")
                .doesNotContain("ducha");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
    }

    @Test
    void citizensCannotEnterTheConsole() {
        assertThat(new PortalPage(page).open("/console").path()).isEqualTo("/login");
    }
}
