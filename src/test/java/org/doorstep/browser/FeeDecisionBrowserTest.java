package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.doorstep.audit.TestStaff;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.RequestConsolePage;
import org.doorstep.organization.DemoCounty;
import org.doorstep.requests.Application;
import org.doorstep.requests.Channel;
import org.doorstep.requests.DisclosureRequest;
import org.doorstep.requests.DisclosureRequests;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 条例第四十二条 "可以收取" on the officer's screen: a 150-page request is proposed at 1,700 元 (国办函〔2020〕109号);
 * the county's disclosure officer must give a reason, then charges, and the request waits for payment. The screen
 * passes axe-core before and after.
 */
class FeeDecisionBrowserTest extends BrowserTest {

    @Autowired
    DisclosureRequests requests;

    @Test
    void theDisclosureOfficerChargesAProposedFeeWithAReason() {
        TestStaff clerk = new TestStaff("t-fee-clerk", "公开专员", "DISCLOSURE_OFFICER", DemoCounty.COUNTY);
        DisclosureRequest r = requests.register(new Application("NATURAL_PERSON", "张某某", TestPeople.residentId(), "",
                "", TestPeople.mobile(), "", "青溪县某某路 1 号", DemoCounty.COUNTY, "2016 年至 2025 年青溪县全部建设用地审批文件",
                "电子文档（网上查看）"), Channel.POST, LocalDate.of(2026, 9, 1), clerk);
        requests.feeByVolume(r.number(), 150, LocalDate.of(2026, 9, 2), clerk);

        new LoginPage(page).open().signIn("gongkai", DisclosureRequestBrowserTest.STAFF_PASSWORD);
        RequestConsolePage desk = new RequestConsolePage(page).open(r.number());
        assertThat(page.locator("main").innerText()).contains("平台建议收取 1700 元", "待政府信息公开工作机构决定收取或免收");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();

        assertThat(desk.check("收取").fill("决定日期", "2026-09-03").press("记录决定"))
                .contains("请填写收取信息处理费的理由");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
        assertThat(desk.check("收取").fill("理由", "所需信息共 150 页，数量明显超过合理范围").fill("决定日期", "2026-09-03")
                .press("记录决定")).contains("已决定收取，收费通知已发送申请人");
        assertThat(desk.state()).contains("待缴费");
        assertThat(page.locator("main").innerText()).contains("决定收取；理由：所需信息共 150 页，数量明显超过合理范围")
                .doesNotContain("记录决定");
        assertThat(Accessibility.seriousViolations(page)).isEmpty();
    }
}
