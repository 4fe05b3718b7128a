package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The administrator's console screens pass axe-core as well, in normal and in elderly mode. */
class ConsoleAccessibilityBrowserTest extends BrowserTest {

    @BeforeEach
    void signIn() {
        new LoginPage(page).open().signIn("admin", StaffSignInBrowserTest.DEMO_PASSWORD);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console", "/console/organization", "/console/organization/divisions/361199101000",
            "/console/organization/venues/361199000000-ZWFWZX", "/console/organization/new/divisions",
            "/console/organization/import", "/console/accounts", "/console/calendar", "/console/audit", "/divisions"})
    void noSeriousOrCriticalViolations(String path) {
        var response = page.navigate(path);
        assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(Accessibility.seriousViolations(page)).as(path).isEmpty();
        new PortalPage(page).toggleElderlyMode();
        assertThat(Accessibility.seriousViolations(page)).as(path + " (elderly)").isEmpty();
        new PortalPage(page).toggleElderlyMode();
    }
}
