package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.junit.jupiter.api.Test;

/**
 * The administrators' console screens pass axe-core as well, in normal and in elderly mode: the system
 * administrator's, the security administrator's and the audit administrator's (三员分立). One sign-in each.
 */
class ConsoleAccessibilityBrowserTest extends BrowserTest {

    @Test
    void theSystemAdministratorsScreens() {
        check("admin", List.of("/console", "/console/organization", "/console/organization/divisions/361199101000",
                "/console/organization/venues/361199000000-ZWFWZX", "/console/organization/new/divisions",
                "/console/organization/import", "/console/accounts", "/console/calendar", "/console/search",
                "/divisions"));
    }

    @Test
    void theSecurityAndAuditAdministratorsScreens() {
        check("anquan", List.of("/console", "/console/accounts"));
        new PortalPage(page).signOut();
        check("shenji", List.of("/console", "/console/audit"));
    }

    private void check(String account, List<String> paths) {
        new LoginPage(page).open().signIn(account, StaffSignInBrowserTest.DEMO_PASSWORD);
        for (String path : paths) {
            var response = page.navigate(path);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(Accessibility.seriousViolations(page)).as(path).isEmpty();
            new PortalPage(page).toggleElderlyMode();
            assertThat(Accessibility.seriousViolations(page)).as(path + " (elderly)").isEmpty();
            new PortalPage(page).toggleElderlyMode();
        }
    }
}
