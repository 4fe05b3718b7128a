package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.doorstep.accounts.Accounts;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.cases.ApplicantDetails;
import org.doorstep.cases.internal.CaseWorkflow;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.services.Delivery;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13 item 10: a department reviewer lands on the day's work — the count of cases waiting for acceptance, linked
 * to that list — and the count moves when a citizen applies; the page is clean under axe.
 */
class ConsoleLandingBrowserTest extends BrowserTest {

    record Citizen(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {
    }

    @Autowired
    CaseWorkflow workflow;

    int waitingForAcceptance() {
        Locator tile = page.locator(".desk-counts a").filter(new Locator.FilterOptions().setHasText("待受理")).first();
        return Integer.parseInt(tile.locator("strong").innerText().replace(",", ""));
    }

    @Test
    void theDepartmentReviewerLandsOnTheCountOfCasesWaitingForThem() {
        new LoginPage(page).open().signIn("bumen", StaffSignInBrowserTest.DEMO_PASSWORD);
        page.navigate("/console");
        assertThat(page.locator(".desk-panel h2").allInnerTexts()).contains("办件");
        int before = waitingForAcceptance();
        assertThat(Accessibility.seriousViolations(page)).as("console landing").isEmpty();

        Citizen citizen = new Citizen(Accounts.citizenLogin(UUID.randomUUID()), "测试申请人", "CITIZEN", null);
        String number = workflow.apply("QX-SCJG-001", new ApplicantDetails("PERSON", "测试申请人",
                TestPeople.residentId(), TestPeople.mobile()), Delivery.WINDOW, List.of(), null, citizen,
                Instant.now()).number();
        page.reload();
        assertThat(waitingForAcceptance()).isEqualTo(before + 1);
        page.locator(".desk-counts a").filter(new Locator.FilterOptions().setHasText("待受理")).first().click();
        page.waitForLoadState();
        assertThat(page.locator("main").innerText()).contains(number);
    }
}
