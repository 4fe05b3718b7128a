package org.doorstep.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.search.Publishing;
import org.doorstep.search.SearchIndex;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The search page as visitors get it: user and document text escaped wherever it appears, the portal's own head,
 * header and footer for every kind of visitor (the anonymous ones are rendered once and reused), filters kept and
 * pages linked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchPageTest {

    @Autowired
    Disclosure disclosure;
    @Autowired
    SearchIndex index;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    Publishing publishing;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        publishing = new Publishing(disclosure);
    }

    String page(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void aQueryAndATitleHoldingMarkupAndQuotesComeOutEscapedEverywhere() throws Exception {
        String marker = "乙" + UUID.randomUUID().toString().substring(0, 6);
        publishing.publish("<script>alert(\"x\")</script>\"鸳鸯湖\"保护公告 " + marker,
                "<p>鸳鸯湖湿地保护范围（script）。</p>");
        publishing.awaitIndexed(index);
        String q = "<script>\"鸳鸯湖 " + marker;

        String page = page(get("/search").queryParam("q", q).queryParam("sort", "RELEVANCE"));

        // (the layout's own script, which folds the menu on phones, is the only one a page may hold)
        assertThat(withoutOwnScript(page)).doesNotContain("<script");
        // the query in the title, the search box and the address the 长辈模式 button returns to
        assertThat(page).contains("<title>搜索：&lt;script&gt;&quot;鸳鸯湖 " + marker + " - 家门口")
                .contains("value=\"&lt;script&gt;&quot;鸳鸯湖 " + marker + "\"");
        Matcher back = Pattern.compile("name=\"back\" value=\"([^\"]*)\"").matcher(page);
        assertThat(back.find()).isTrue();
        assertThat(back.group(1)).startsWith("/search?q=").contains("&amp;sort=RELEVANCE").doesNotContain("<", ">");
        // the document's title in the hit, the matched words marked
        String hits = between(page, "<ol class=\"search-results\">", "</ol>");
        assertThat(hits).contains("alert(&quot;x&quot;)", "&quot;<em>鸳鸯湖</em>&quot;").doesNotContain("<script");
        // a filter's value in its field
        String filtered = page(get("/search").queryParam("q", q).queryParam("number", "\"><b>x"));
        assertThat(filtered).contains("value=\"&quot;&gt;&lt;b&gt;x\"").doesNotContain("\"><b>");
        assertThat(withoutOwnScript(filtered)).doesNotContain("<script");
    }

    private static String withoutOwnScript(String page) {
        return page.replace("<script src=\"/js/menu.js\"></script>", "");
    }

    @Test
    void everyVisitorGetsThePortalsOwnHeadHeaderAndFooter() throws Exception {
        Cookie elderly = new Cookie("doorstep_elderly", "1");
        var citizen = authentication(UsernamePasswordAuthenticationToken.authenticated("测试居民", null,
                List.of(new SimpleGrantedAuthority("ROLE_CITIZEN"))));
        var officer = authentication(Publishing.admin().authentication());

        // twice each: the second anonymous page reuses what the first rendered
        for (int i = 0; i < 2; i++) {
            assertSameChrome(page(get("/search").queryParam("q", "通知")), page(get("/disclosure")));
            assertSameChrome(page(get("/search").queryParam("q", "通知").cookie(elderly)),
                    page(get("/disclosure").cookie(elderly)));
            assertSameChrome(page(get("/search").queryParam("q", "通知").with(citizen)),
                    page(get("/disclosure").with(citizen)));
            assertSameChrome(page(get("/search").queryParam("q", "通知").with(officer)),
                    page(get("/disclosure").with(officer)));
        }

        String anonymous = page(get("/search").queryParam("q", "通知"));
        assertThat(anonymous).contains("<html lang=\"zh-CN\">", "长辈模式（大字）", "href=\"/login\"")
                .doesNotContain("测试居民", "退出登录", "class=\"elderly\"");
        String old = page(get("/search").queryParam("q", "通知").cookie(elderly));
        assertThat(old).contains("class=\"elderly\"", "退出长辈模式", "aria-pressed=\"true\"");
        String signedIn = page(get("/search").queryParam("q", "通知").with(citizen));
        assertThat(signedIn).contains("测试居民", "退出登录", "name=\"_csrf\"", "href=\"/my\"")
                .doesNotContain("href=\"/login\"");
        String staff = page(get("/search").queryParam("q", "通知").with(officer));
        assertThat(staff).contains("系统管理员", "href=\"/console\"");
        assertThat(page(get("/search"))).contains("<title>搜索 - 家门口").doesNotContain("search-results");
    }

    @Test
    void filtersAreKeptAndPagesLinkedWithThem() throws Exception {
        String marker = "丙" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 12; i++) {
            publishing.publish("翠鸟保护宣传第" + i + "期 " + marker, "<p>翠鸟保护。</p>");
        }
        publishing.awaitIndexed(index);

        String first = page(get("/search").queryParam("q", "翠鸟 " + marker).queryParam("division", Publishing.TOWN)
                .queryParam("sort", "DATE").queryParam("type", "DOCUMENT"));

        assertThat(first).contains("找到 12 条结果", "第 1 / 2 页", "<details class=\"search-filters\" open=\"open\">")
                .doesNotContain("上一页");
        assertThat(between(first, "<ol class=\"search-results\">", "</ol>").split("<li>", -1)).hasSize(11);
        assertThat(between(first, "<select id=\"division\"", "</select>"))
                .contains("<option value=\"" + Publishing.TOWN + "\" selected=\"selected\">梅林镇</option>");
        assertThat(between(first, "<select id=\"sort\"", "</select>"))
                .contains("<option value=\"DATE\" selected=\"selected\">按公开日期</option>")
                .contains("<option value=\"RELEVANCE\">按相关度</option>");
        assertThat(between(first, "<fieldset class=\"search-types\">", "</fieldset>"))
                .contains("value=\"DOCUMENT\" checked=\"checked\"> <span>政府信息</span>")
                .contains("<input type=\"radio\" name=\"type\" value=\"\"> 全部");
        // a government chosen: its catalogue's nodes and its publishers become filters
        assertThat(first).contains("<select id=\"node\" name=\"node\">",
                "<select id=\"publisher\" name=\"publisher\">");
        Matcher next = Pattern.compile("<a href=\"([^\"]*)\">下一页</a>").matcher(first);
        assertThat(next.find()).isTrue();
        String link = next.group(1).replace("&amp;", "&");
        assertThat(link).startsWith("/search?q=").contains("&division=" + Publishing.TOWN, "&sort=DATE",
                "&type=DOCUMENT", "&page=2");

        String second = page(get(URI.create(link))); // as sent, not encoded again
        assertThat(second).contains("第 2 / 2 页", "上一页").doesNotContain("下一页");
        assertThat(between(second, "<ol class=\"search-results\">", "</ol>").split("<li>", -1)).hasSize(3);

        String plain = page(get("/search").queryParam("q", "翠鸟 " + marker));
        assertThat(plain).contains("<details class=\"search-filters\">", "value=\"\" checked=\"checked\"> 全部")
                .doesNotContain("<select id=\"node\"");
    }

    /** Head, header and footer equal, but for the page's title and the address 长辈模式 returns to. */
    static void assertSameChrome(String search, String other) {
        assertThat(chrome(search)).isEqualTo(chrome(other)).contains("<header", "<footer", "<link rel=\"stylesheet\"");
    }

    static String chrome(String page) {
        String head = between(page, "<head>", "</head>").replaceAll("<title>[^<]*</title>", "<title/>");
        // the address 长辈模式 returns to, and the sign-out form's token (new on every page)
        String header = between(page, "<header", "</header>")
                .replaceAll("name=\"back\" value=\"[^\"]*\"", "name=\"back\"")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
        String footer = between(page, "<footer", "</footer>");
        return (head + "\n<header" + header + "</header>\n<footer" + footer + "</footer>")
                .replaceAll(">\\s+<", "><").strip();
    }

    static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("%s in the page", start).isGreaterThanOrEqualTo(0);
        int to = text.indexOf(end, from + start.length());
        assertThat(to).as("%s in the page", end).isGreaterThanOrEqualTo(0);
        return text.substring(from + start.length(), to);
    }
}
