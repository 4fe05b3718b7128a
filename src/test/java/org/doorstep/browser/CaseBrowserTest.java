package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.microsoft.playwright.Page;
import org.doorstep.accounts.IdentityDocument;
import org.doorstep.accounts.IdentityVerification;
import org.doorstep.browser.pages.CasePages;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.RegisterPage;
import org.doorstep.support.MovableClock;
import org.doorstep.support.TestPeople;
import org.doorstep.support.VerifiedCitizens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared set-up of the 办件 browser tests: a movable clock (so working days pass) and sample files. */
@Import(MovableClock.Config.class)
abstract class CaseBrowserTest extends BrowserTest {

    static final String PASSWORD = "Qingxi2026pass";
    static final String DEMO_PASSWORD = StaffSignInBrowserTest.DEMO_PASSWORD;

    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityVerification verification;

    Path pdf;
    Path exe;

    /** These journeys are long; a loaded two-core machine needs more than the default 15 s per step. */
    @BeforeEach
    void patientSteps() {
        context.setDefaultTimeout(45_000);
        context.setDefaultNavigationTimeout(45_000);
    }

    @BeforeAll
    void files() throws IOException {
        pdf = Files.createTempFile("material", ".pdf");
        Files.write(pdf, "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes());
        // A Windows executable renamed to .pdf: refused by its content.
        exe = Files.createTempFile("setup", ".pdf");
        Files.write(exe, new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xff, (byte) 0xff});
    }

    /** Registers a firm, has its business licence verified at a window and signs it in; returns its mobile login. */
    String registerFirm(String name) {
        String mobile = TestPeople.mobile();
        String creditCode = TestPeople.creditCode();
        new RegisterPage(page, sms()).openForFirm().fill("企业名称", name).fill("统一社会信用代码", creditCode)
                .fill("经办人姓名", "测试经办人").fill("手机号", mobile).fill("密码", PASSWORD)
                .fill("再次输入密码", PASSWORD).submit();
        VerifiedCitizens.atWindow(verification, mobile, IdentityDocument.BUSINESS_LICENCE, creditCode);
        new LoginPage(page).open().signIn(mobile, PASSWORD);
        return mobile;
    }

    CasePages signIn(String login, String password) {
        new CasePages(page).signOutIfSignedIn();
        new LoginPage(page).open().signIn(login, password);
        return new CasePages(page);
    }

    CasePages pages() {
        return new CasePages(page);
    }

    Page publicPage() {
        return context.newPage();
    }

    void later(Duration d) {
        clock.advance(d);
    }

    int caseCount() {
        return jdbc.sql("select count(*) from cases_case").query(Integer.class).single();
    }
}
