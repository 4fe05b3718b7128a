package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.CitizenRegistration;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LockoutBrowserTest extends BrowserTest {

    private static final String PASSWORD = "Qingxi2026pass";

    @Autowired
    Accounts accounts;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        String mobile = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "测试群众", TestPeople.residentId(), null, null, mobile,
                PASSWORD, PASSWORD));
        LoginPage login = new LoginPage(page);
        for (int attempt = 1; attempt <= 4; attempt++) {
            login.open().signIn(mobile, "wrong-password-" + attempt);
            assertThat(login.alert()).as("attempt %d", attempt).contains("账号或密码错误");
        }
        login.open().signIn(mobile, "wrong-password-5");
        login.open().signIn(mobile, PASSWORD);
        assertThat(login.path()).isEqualTo("/login");
        assertThat(login.alert()).contains("账号已被锁定");

        assertThat(accounts.unlock(mobile)).isTrue();
        assertThat(login.open().signIn(mobile, PASSWORD).path()).isEqualTo("/my");
    }
}
