package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceGuideBrowserTest extends BrowserTest {

    @ParameterizedTest
    @ValueSource(strings = {"/services", "/services?theme=ASSISTANCE", "/services/items/QX-MZ-001",
            "/services/items/QX-SCJG-001/checklist", "/services/bundles/QX-YJS-QYKB"})
    void guidePagesHaveNoSeriousOrCriticalViolations(String path) {
        new PortalPage(page).open(path);
        assertThat(Accessibility.seriousViolations(page)).as(path).isEmpty();
    }

    @Test
    void guidePageInElderlyModeHasNoSeriousViolations() {
        new PortalPage(page).open("/services/items/QX-ZRZY-001").toggleElderlyMode();
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
    }

    @Test
    void citizenFindsTheElderlyAllowanceByLifeEventAndReadsItsGuide() {
        new PortalPage(page).open("/services");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("养老服务")).click();
        page.getByText("高龄津贴申领").click();
        assertThat(page.locator("h1").textContent()).isEqualTo("高龄津贴申领");
        assertThat(page.locator("table").first().textContent()).contains("高龄津贴申请表", "提供空白表");
        assertThat(page.content()).contains("梅林镇", "便民服务站");
        APIResponse qr = context.request().get("/services/items/QX-MZ-003/qr.png");
        assertThat(qr.status()).isEqualTo(200);
        assertThat(qr.headers().get("content-type")).isEqualTo("image/png");
        assertThat(qr.body()).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @ParameterizedTest
    @ValueSource(strings = {"/console/services", "/console/services/items/QX-SCJG-003", "/console/services/new"})
    void consoleCataloguePagesHaveNoSeriousOrCriticalViolations(String path) {
        new LoginPage(page).open().signIn("admin", StaffSignInBrowserTest.DEMO_PASSWORD);
        new PortalPage(page).open(path);
        assertThat(page.locator("h1").textContent()).isNotBlank();
        assertThat(Accessibility.seriousViolations(page)).as(path).isEmpty();
    }

    @Test
    void departmentReviewerChangesThePromisedLimitOfTheirItem() {
        new LoginPage(page).open().signIn("bumen", StaffSignInBrowserTest.DEMO_PASSWORD);
        new PortalPage(page).open("/console/services/items/QX-SCJG-007");
        page.getByLabel("承诺办结时限（工作日，0 为即办）").fill("25");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存办事指南")).click();
        assertThat(page.locator(".alert.error").textContent()).contains("承诺办结时限不能超过法定办结时限");
        page.getByLabel("承诺办结时限（工作日，0 为即办）").fill("8");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("保存办事指南")).click();
        assertThat(page.locator(".alert.ok").textContent()).contains("药品零售企业许可");
        new PortalPage(page).open("/services/items/QX-SCJG-007");
        assertThat(page.locator("dl.org-facts").first().textContent()).contains("8 个工作日");
    }
}
