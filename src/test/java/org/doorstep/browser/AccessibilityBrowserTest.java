package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.doorstep.browser.pages.PortalPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessibilityBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/register?kind=FIRM", "/password/forgot",
            "/calendar/deadline", "/calendar/deadline?start=2026-09-18&workingDays=20", "/no-such-page",
            "/search?q=政务公开", "/site-feedback", "/services?q=民政"})
    void noSeriousOrCriticalViolations(String path) {
        new PortalPage(page).open(path);
        assertThat(Accessibility.seriousViolations(page)).as(path).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/search?q=政务公开"})
    void noSeriousOrCriticalViolationsInElderlyMode(String path) {
        new PortalPage(page).open(path).toggleElderlyMode();
        assertThat(new PortalPage(page).elderlyMode()).isTrue();
        assertThat(Accessibility.seriousViolations(page)).as(path).isEmpty();
    }
}
