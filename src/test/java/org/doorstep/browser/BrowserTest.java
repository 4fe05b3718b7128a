package org.doorstep.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestInstance;
import org.doorstep.platform.LoggingTextMessages;
import org.doorstep.platform.TextMessages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser (Debian's Chromium, driven by Playwright) against the real application on a random port. One
 * Playwright per test class, since it unpacks a large driver; a fresh browser context (cookies, storage) per test.
 */
// Every browser test comes from 127.0.0.1: the per-client limits are raised so that the suite's own registrations and
// anonymous applications do not trip them (the limits themselves are tested over HTTP with distinct addresses).
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "doorstep.limits.codes-per-client-hour=1000", "doorstep.limits.submissions-per-client-hour=1000",
        "doorstep.limits.submissions-per-client-day=1000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

    static final Path CHROMIUM = Paths.get(System.getProperty("doorstep.chromium", "/usr/bin/chromium"));

    @LocalServerPort
    protected int port;

    /** The demo SMS adapter, which keeps what it "sent", so tests read codes as a person reads their phone. */
    @Autowired
    private TextMessages textMessages;

    private Playwright playwright;
    protected Browser browser;
    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Chromium not found at " + CHROMIUM + ": apt-get install -y chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run")));
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void openPage() {
        // Every browser here signs in from 127.0.0.1: one test's wrong passwords must not slow the next test's
        // sign-in (the per-address delay of the accounts module).
        jdbc.sql("delete from accounts_sign_in_source").update();
        context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setBaseURL(baseUrl()));
        context.setDefaultTimeout(15_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage(TestInfo info) {
        if (page != null && !page.isClosed()) {
            // The last screen of every test is kept for a person to look at.
            Path shot = Path.of("target", "screenshots", getClass().getSimpleName() + "-"
                    + info.getTestMethod().map(m -> m.getName()).orElse("test") + ".png");
            try {
                page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
            } catch (RuntimeException ignored) {
                // a screenshot is a convenience, never a reason to fail
            }
        }
        if (context != null) {
            context.close();
        }
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected LoggingTextMessages sms() {
        return (LoggingTextMessages) textMessages;
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
