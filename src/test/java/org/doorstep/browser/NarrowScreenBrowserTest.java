package org.doorstep.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.options.Cookie;
import org.doorstep.browser.pages.LoginPage;
import org.doorstep.browser.pages.PortalPage;
import org.doorstep.browser.pages.RegisterPage;
import org.doorstep.organization.DemoCounty;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13 item 3: on a 360 px phone no portal page scrolls sideways, in normal type and in 长辈模式, and a signed-in
 * header leaves the screen to the page (at most a fifth of a 390 × 844 phone). One URL per kind of portal page, one
 * browser context per mode.
 */
class NarrowScreenBrowserTest extends BrowserTest {

    static final String PASSWORD = "Qingxi2026narrow";
    static final String NOT_FOUND = "/no-such-page";

    @Autowired
    JdbcClient jdbc;

    /** A citizen registered once for both modes. */
    private String citizen;

    @Test
    void noPortalPageScrollsSidewaysAt360Pixels() {
        checkEveryPageKind(false);
    }

    @Test
    void noPortalPageScrollsSidewaysAt360PixelsInElderlyMode() {
        context.addCookies(List.of(new Cookie("doorstep_elderly", "1").setUrl(baseUrl())));
        checkEveryPageKind(true);
    }

    private void checkEveryPageKind(boolean elderly) {
        page.setViewportSize(360, 780);
        List<String> wide = new ArrayList<>();
        for (String path : anonymousPages()) {
            measure(path, elderly, wide);
        }

        String login = citizen(elderly); // registers first: a registration ends signed in, on 我的
        PortalPage signedIn = new LoginPage(page).open().signIn(login, PASSWORD);
        assertThat(signedIn.elderlyMode()).isEqualTo(elderly);
        for (String path : List.of("/my", "/my/cases", "/my/requests", "/my/topics", "/my/certificates",
                "/services/items/" + guideWithLongestText(), "/account/password")) {
            measure(path, elderly, wide);
        }
        assertThat(wide).as("pages wider than a 360 px screen (elderly: %s)", elderly).isEmpty();

        // The signed-in header on a 390 × 844 phone: at most a fifth of the screen, menu folded.
        page.setViewportSize(390, 844);
        page.navigate("/services");
        double header = ((Number) page.evaluate(
                "document.querySelector('.site-header').getBoundingClientRect().height")).doubleValue();
        assertThat(header).as("signed-in header height (elderly: %s)", elderly).isLessThanOrEqualTo(844 * 0.2);
        assertMenuFoldsAndOpens();
    }

    @Test
    void aGridWorkersHeaderOnAPhoneTakesAtMostAFifthOfTheScreen() {
        page.setViewportSize(390, 844);
        new LoginPage(page).open().signIn("wangge", StaffSignInBrowserTest.DEMO_PASSWORD).open("/");
        double header = ((Number) page.evaluate(
                "document.querySelector('.site-header').getBoundingClientRect().height")).doubleValue();
        assertThat(header).isLessThanOrEqualTo(844 * 0.2);
        assertMenuFoldsAndOpens();
    }

    /**
     * Item 10: on a 1024 px screen each role's console header is one row: brand, menu and the account's name. (The
     * demo's system administrator holds fifteen sections, more than any row of 1024 px can show; it wraps.)
     */
    @Test
    void eachRolesConsoleHeaderIsOneRowAt1024Pixels() {
        page.setViewportSize(1024, 768);
        List<String> wrapped = new ArrayList<>();
        for (String login : List.of("gongkai", "baomi", "chuangkou", "bumen", "wangge", "ducha", "shenji")) {
            new LoginPage(page).open().signIn(login, StaffSignInBrowserTest.DEMO_PASSWORD);
            page.navigate("/console");
            // Every part of the header lies across the brand's line.
            Object rows = page.evaluate("""
                    () => {
                      const brand = document.querySelector('.console-header .brand').getBoundingClientRect();
                      const line = (brand.top + brand.bottom) / 2;
                      return [...document.querySelectorAll('.console-header .main-nav li, .console-header button:not(.menu-toggle), .signout .who')]
                        .filter(e => e.checkVisibility())
                        .filter(e => { const r = e.getBoundingClientRect(); return r.top > line || r.bottom < line; })
                        .map(e => e.innerText.trim());
                    }""");
            if (!((List<?>) rows).isEmpty()) {
                wrapped.add(login + " " + rows + " header " + page.evaluate(
                        "document.querySelector('.site-header').getBoundingClientRect().height"));
            }
            new PortalPage(page).signOut();
        }
        assertThat(wrapped).isEmpty();
    }

    /** The folded menu opens from its button (aria-expanded follows), and its links are then reachable. */
    private void assertMenuFoldsAndOpens() {
        var toggle = page.locator(".menu-toggle");
        assertThat(toggle.isVisible()).as("menu button on a phone").isTrue();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(page.locator(".main-nav a[href='/services']").first().isVisible()).isFalse();
        toggle.click();
        assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(page.locator(".main-nav a[href='/services']").first().isVisible()).isTrue();
    }

    private void measure(String path, boolean elderly, List<String> wide) {
        page.navigate(path);
        if (!path.equals(NOT_FOUND)) {
            // (the error page is written without the visitor's preferences)
            assertThat(new PortalPage(page).elderlyMode()).as(path).isEqualTo(elderly);
        }
        int scroll = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        int client = ((Number) page.evaluate("document.documentElement.clientWidth")).intValue();
        if (scroll > client) {
            wide.add(path + " is " + scroll + " px");
        }
    }

    private List<String> anonymousPages() {
        long document = jdbc.sql("""
                select id from disclosure_document where state = 'PUBLISHED' and document_number is not null
                order by length(title) desc, id limit 1""").query(Long.class).single();
        long node = jdbc.sql("""
                select n.node_id from disclosure_document_node n join disclosure_document d on d.id = n.document_id
                where d.state = 'PUBLISHED' group by n.node_id order by count(*) desc, n.node_id limit 1""")
                .query(Long.class).single();
        String bundle = jdbc.sql("select code from services_bundle order by code limit 1").query(String.class).single();
        return List.of("/", "/services", "/services?q=" + "登记", "/services/items/" + guideWithLongestText(),
                "/services/items/" + guideWithLongestText() + "/checklist", "/services/bundles/" + bundle,
                "/disclosure", "/disclosure/governments/" + DemoCounty.COUNTY, "/disclosure/nodes/" + node,
                "/disclosure/documents/" + document, "/search?q=政务公开", "/annual-reports",
                "/annual-reports/" + DemoCounty.COUNTY + "/2025", "/cases/status", "/login", "/register",
                "/register?kind=FIRM", "/password/forgot", "/disclosure-requests/apply", "/topics",
                "/topics/propose", "/calendar/deadline?start=2026-09-18&workingDays=20", "/certificates/verify",
                "/divisions", "/site-feedback", NOT_FOUND);
    }

    /** The guide most likely to be wide: the one with the most to say (long addresses, long material names). */
    private String guideWithLongestText() {
        return jdbc.sql("select code from services_item order by length(services_item::text) desc, code limit 1")
                .query(String.class).single();
    }

    private String citizen(boolean elderly) {
        if (citizen == null) {
            String mobile = TestPeople.mobile();
            new RegisterPage(page, sms()).openForPerson().fill("姓名", "窄屏测试").fill("身份证号", TestPeople.residentId())
                    .fill("手机号", mobile).fill("密码", PASSWORD).fill("再次输入密码", PASSWORD).submit();
            citizen = mobile;
        }
        // Signed out again, in the mode under test.
        context.clearCookies();
        if (elderly) {
            context.addCookies(List.of(new Cookie("doorstep_elderly", "1").setUrl(baseUrl())));
        }
        return citizen;
    }
}
