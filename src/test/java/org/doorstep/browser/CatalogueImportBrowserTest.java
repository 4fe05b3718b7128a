package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.disclosure.internal.CatalogueWorkbook;
import org.junit.jupiter.api.Test;

class CatalogueImportBrowserTest extends BrowserTest {

    @Test
    void anOfficerExportsTheCatalogueAndSeesEveryBadRowOfAnImportNamed() throws Exception {
        new LoginPage(page).open().signIn("shiqiao.gongkai", StaffSignInBrowserTest.DEMO_PASSWORD);
        new PortalPage(page).open("/console/disclosure/catalogue");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("导出目录（.xlsx）")).click());
        assertThat(download.suggestedFilename()).endsWith("政府信息公开标准目录.xlsx");
        List<org.doorstep.platform.Workbooks.SheetRow> exported = CatalogueWorkbook.read(Files.readAllBytes(download.path()));
        assertThat(exported).extracting(r -> r.get("栏目路径")).contains("政府信息公开指南", "法定主动公开内容");

        Path bad = Files.createTempFile("catalogue", ".xlsx");
        Files.write(bad, CatalogueWorkbook.write(List.of(
                List.of("法定主动公开内容/浏览器导入测试", "", "", "", "", "", "", "", "主动公开", ""),
                List.of("法定主动公开内容/浏览器导入测试/保密事项", "", "", "", "", "", "", "", "不予公开", "")),
                List.of("主动公开"), List.of("第十四条")));
        page.getByLabel("目录工作簿（.xlsx，10 MB 以内）").setInputFiles(bad);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("导入目录")).click();
        assertThat(page.locator(".alert.error").innerText()).contains("1 处错误");
        assertThat(page.locator("table[aria-label=导入错误]").innerText()).contains("3", "不予公开依据",
                "不予公开的事项必须写明法定依据");
        assertThat(page.locator(".catalogue-tree").innerText()).doesNotContain("浏览器导入测试");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        Files.delete(bad);
    }
}
