package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.doorstep.accounts.Accounts;
import org.doorstep.accounts.CitizenRegistration;
import org.doorstep.organization.DemoCounty;
import org.doorstep.services.Bundle;
import org.doorstep.services.ServiceCatalogue;
import org.doorstep.support.FormClient;
import org.doorstep.support.HttpTestClient;
import org.doorstep.support.HttpTestClient.Response;
import org.doorstep.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Portal pages come from the rendered-page cache for visitors who are not signed in, and a publication, revision or
 * withdrawal shows at once. A title changed behind the platform's back (SQL, no event) shows whether a page was
 * served from the cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalPageCacheTest {

    static final String TOWN = DemoCounty.MEILIN_TOWN;
    static final String PASSWORD = "Qingxi2026pass";

    @LocalServerPort
    int port;
    @Autowired
    Disclosure disclosure;
    @Autowired
    ServiceCatalogue services;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    Officer officer;
    Officer reviewer;
    long node;

    @BeforeEach
    void setUp() {
        officer = Officer.officer(TOWN);
        reviewer = Officer.reviewer(TOWN);
        node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容")).findFirst()
                .orElseThrow().id();
    }

    @Test
    void aCachedDocumentPageChangesRightAfterARevision() {
        GovDocument d = published("缓存修订前" + UUID.randomUUID());
        String path = "/disclosure/documents/" + d.id();
        Response first = get(path);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body()).contains(d.title());
        assertThat(first.header("ETag")).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo("no-cache");
        assertThat(first.header("Content-Security-Policy")).contains("default-src 'self'");

        retitleBehindTheEvents(d.id(), "未经发布流程的标题");
        Response cached = get(path);
        assertThat(cached.body()).as("served from the cache").contains(d.title()).doesNotContain("未经发布流程的标题");
        assertThat(cached.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(cached.header("Content-Security-Policy")).as("security headers kept").isNotBlank();
        assertThat(cached.header("X-Frame-Options")).isEqualTo("DENY");

        String revised = "缓存修订后" + UUID.randomUUID();
        disclosure.revise(d.id(), draft(revised), "更正标题", officer);
        Response after = get(path);
        assertThat(after.body()).contains(revised);
        assertThat(after.header("ETag")).isNotEqualTo(first.header("ETag"));
    }

    @Test
    void aWithdrawnDocumentAnswers404AtOnce() {
        GovDocument d = published("缓存撤回" + UUID.randomUUID());
        String path = "/disclosure/documents/" + d.id();
        assertThat(get(path).status()).isEqualTo(200);
        assertThat(get(path).status()).isEqualTo(200);
        String node = "/disclosure/nodes/" + this.node;
        assertThat(get(node).body()).contains(d.title());

        disclosure.withdraw(d.id(), "内容有误", officer);
        Response gone = get(path);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.body()).as("the public is told why").contains("本文件已撤回").contains("内容有误")
                .doesNotContain("正文" + d.title());
        assertThat(get(node).body()).as("the catalogue node lists it no more").doesNotContain(d.title());
    }

    @Test
    void aSignedInCitizenIsNeverServedFromTheCacheNorFillsIt() {
        String mobile = TestPeople.mobile();
        accounts.register(new CitizenRegistration("PERSON", "缓存测试居民", TestPeople.residentId(), null, null, mobile,
                PASSWORD, PASSWORD));
        FormClient citizen = new FormClient(port);
        assertThat(citizen.password(mobile, PASSWORD)).doesNotContain("login");

        // The citizen opens a page first: what they got must not be kept for others.
        GovDocument fresh = published("居民先看" + UUID.randomUUID());
        String freshPath = "/disclosure/documents/" + fresh.id();
        Response theirs = citizen.get(freshPath);
        assertThat(theirs.status()).isEqualTo(200);
        assertThat(theirs.body()).contains("退出登录");
        assertThat(theirs.raw().headers().firstValue("ETag")).isEmpty();
        assertThat(theirs.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        retitleBehindTheEvents(fresh.id(), "居民之后的标题" + fresh.id());
        Response anonymous = get(freshPath);
        assertThat(anonymous.body()).as("rendered anew, not the citizen's page").contains("居民之后的标题" + fresh.id())
                .doesNotContain("退出登录").doesNotContain("缓存测试居民");

        // A page held for anonymous visitors is never what a signed-in citizen gets.
        GovDocument cached = published("匿名先看" + UUID.randomUUID());
        String cachedPath = "/disclosure/documents/" + cached.id();
        get(cachedPath);
        retitleBehindTheEvents(cached.id(), "只有登录才看到的新标题" + cached.id());
        assertThat(get(cachedPath).body()).contains(cached.title());
        Response signedIn = citizen.get(cachedPath);
        assertThat(signedIn.body()).contains("只有登录才看到的新标题" + cached.id()).contains("缓存测试居民")
                .contains("退出登录");
        assertThat(get(cachedPath).body()).doesNotContain("缓存测试居民").doesNotContain("退出登录");
        assertThat(citizen.get("/").body()).contains("缓存测试居民");
        assertThat(get("/").body()).doesNotContain("缓存测试居民");
    }

    @Test
    void aMatchingIfNoneMatchAnswers304AndElderlyModeHasItsOwnPage() {
        GovDocument d = published("缓存条件请求" + UUID.randomUUID());
        String path = "/disclosure/documents/" + d.id();
        Response page = get(path);
        String etag = page.header("ETag");
        assertThat(page.header("Set-Cookie")).as("no session, no CSRF token in a public page").isNull();
        assertThat(page.body()).doesNotContain("_csrf");

        Response notModified = HttpTestClient.send(request(path).header("If-None-Match", etag).build());
        assertThat(notModified.status()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
        assertThat(notModified.header("ETag")).isEqualTo(etag);
        Response other = HttpTestClient.send(request(path).header("If-None-Match", "\"something-else\"").build());
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).contains(d.title());
        Response since = HttpTestClient.send(request(path)
                .header("If-Modified-Since", page.header("Last-Modified")).build());
        assertThat(since.status()).isIn(200, 304);

        Response elderly = HttpTestClient.send(request(path).header("Cookie", "doorstep_elderly=1").build());
        assertThat(elderly.body()).contains("退出长辈模式");
        assertThat(elderly.header("ETag")).isNotEqualTo(etag);
        assertThat(get(path).body()).doesNotContain("退出长辈模式");
        Response elderlyRevalidated = HttpTestClient.send(request(path).header("Cookie", "doorstep_elderly=1")
                .header("If-None-Match", etag).build());
        assertThat(elderlyRevalidated.status()).as("the other mode's tag does not match").isEqualTo(200);
    }

    @Test
    void theElderlyToggleNeedsNoTokenAndSetsOnlyItsCookie() {
        Response r = HttpTestClient.send(request("/preferences/elderly")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("on=true&back=/services")).build());
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).endsWith("/services");
        assertThat(r.raw().headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("doorstep_elderly=1");
    }

    @Test
    void theServiceListShowsANewBundleAtOnce() {
        assertThat(get("/services").status()).isEqualTo(200);
        List<String> items = services.items().stream().limit(2).map(i -> i.code()).toList();
        String name = "缓存测试一件事" + UUID.randomUUID();
        services.saveBundle(new Bundle("T-" + UUID.randomUUID().toString().substring(0, 8), name, "说明", 2,
                items, java.util.Map.of("address", "联系地址")));
        assertThat(get("/services").body()).contains(name);
    }

    private GovDocument published(String title) {
        GovDocument d = disclosure.create(draft(title), officer);
        disclosure.submit(d.id(), officer);
        return disclosure.approve(d.id(), reviewer);
    }

    private DocumentDraft draft(String title) {
        return new DocumentDraft(title, "梅府发〔2026〕" + (1 + (int) (Math.random() * 9000)) + "号", TOWN,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), null, "综合政务", "通知", "测试",
                "<p>正文" + title + "</p>", List.of(node), null, null);
    }

    private void retitleBehindTheEvents(long id, String title) {
        jdbc.sql("update disclosure_document set title = :t where id = :id").param("t", title).param("id", id)
                .update();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private Response get(String path) {
        return HttpTestClient.get(port, path);
    }
}
