package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.browser.pages.CasePages;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.notifications.Outbox;
import org.doorstep.support.TestPeople;
import org.doorstep.support.NotificationPeers;
import org.doorstep.support.TestSmsGateway;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 13 acceptance: a citizen on a phone applies and is told of the acceptance by SMS (at an HTTP gateway started
 * here), by e-mail (at an SMTP server started here) and in the 站内信; an SMS the gateway keeps refusing is retried,
 * gives up, and the officer sees it and resends it.
 */
@TestPropertySource(properties = {"doorstep.notifications.max-attempts=2", "doorstep.notifications.first-retry=PT0S",
        "doorstep.sms.account=qingxi", "doorstep.sms.secret=browser-test", "doorstep.sms.signature=青溪县政务服务",
        "doorstep.sms.template=SMS_NOTICE", "doorstep.mail.from=noreply@qingxi.example.cn",
        "doorstep.mail.starttls=false"})
class NotificationsBrowserTest extends BrowserTest {

    static final GreenMail MAIL = NotificationPeers.MAIL;
    static final TestSmsGateway SMS = NotificationPeers.SMS;

    @DynamicPropertySource
    static void peers(DynamicPropertyRegistry r) {
        NotificationPeers.register(r);
    }

    @Autowired
    Accounts accounts;
    @Autowired
    IdentityVerification verification;
    @Autowired
    Outbox outbox;

    @Test
    void aCitizenOnAPhoneIsToldOfAcceptanceEverywhereAndAGaveUpSmsIsResentByTheOfficer() throws Exception {
        outbox.deliverDue(); // the demo county's own messages first
        String idNumber = TestPeople.residentId();
        var citizen = VerifiedCitizens.registeredPerson(accounts, verification, "测试个体户", idNumber);
        String email = "applicant" + System.nanoTime() + "@example.cn";

        // A phone: 390 × 844.
        context.close();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setBaseURL(baseUrl())
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
        context.setDefaultTimeout(45_000);
        page = context.newPage();
        new LoginPage(page).open().signIn(citizen.mobile(), VerifiedCitizens.PASSWORD);

        // The citizen asks for e-mail too, in the inbox.
        page.navigate("/my/messages");
        page.getByLabel("接收通知的电子邮箱（选填，留空则不发送邮件）").fill(email);
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("保存")).click();
        page.waitForLoadState();
        assertThat(page.locator("[role=status]").innerText()).contains("已保存");
        assertThat(Accessibility.seriousViolations(page)).as("inbox on a phone").isEmpty();

        // Applies on the phone.
        CasePages apply = new CasePages(page);
        apply.open("/my/apply/QX-SCJG-002");
        apply.applicant("PERSON", "测试个体户", idNumber, citizen.mobile()).delivery("电子证照").press("提交申请");
        String number = apply.caseNumber();
        outbox.deliverDue();
        assertThat(SMS.acceptedFor(citizen.mobile())).anySatisfy(b -> assertThat(b).contains(number, "办件已提交"));

        // The department accepts while the gateway refuses every request: two attempts, then it gives up.
        SMS.failNext(1_000);
        Browser.NewContextOptions desk = new Browser.NewContextOptions().setLocale("zh-CN").setBaseURL(baseUrl());
        var officerContext = browser.newContext(desk);
        var officerPage = officerContext.newPage();
        officerPage.setDefaultTimeout(45_000);
        new LoginPage(officerPage).open().signIn("bumen", StaffSignInBrowserTest.DEMO_PASSWORD);
        new CasePages(officerPage).openConsoleCase(number).press("受理");
        outbox.deliverDue();
        outbox.deliverDue();
        SMS.failNext(0);

        // The e-mail and the 站内信 arrived; the SMS did not.
        MimeMessage mail = null;
        for (MimeMessage m : MAIL.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(email) && "办件已受理".equals(m.getSubject())) {
                mail = m;
            }
        }
        assertThat(mail).as("acceptance e-mail").isNotNull();
        assertThat(mail.getContent().toString()).contains(number);
        assertThat(SMS.acceptedFor(citizen.mobile())).noneSatisfy(b -> assertThat(b).contains("办件已受理"));
        page.navigate("/my/messages");
        assertThat(page.locator(".inbox-message").first().innerText()).contains("办件已受理", number);

        // The officer sees the message that gave up, with both attempts, and resends it.
        officerPage.navigate("/console/notifications?state=GAVE_UP");
        var row = officerPage.locator("#notifications tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(number));
        assertThat(row.innerText()).contains("发送失败", "失败，已放弃", citizen.mobile().substring(0, 3) + "****");
        assertThat(Accessibility.seriousViolations(officerPage)).as("notifications console").isEmpty();
        row.getByRole(AriaRole.BUTTON).click();
        officerPage.waitForLoadState();
        assertThat(officerPage.locator("[role=status]").innerText()).contains("已重新排队发送");
        outbox.deliverDue();
        assertThat(SMS.acceptedFor(citizen.mobile())).anySatisfy(b -> assertThat(b).contains(number, "办件已受理"));
        officerPage.navigate("/console/notifications");
        assertThat(officerPage.locator("#notifications tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(number)).filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("办件已受理"))
                .first().innerText()).contains("已发送");
        officerContext.close();
    }
}
