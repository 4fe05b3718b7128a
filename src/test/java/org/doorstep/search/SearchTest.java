package org.doorstep.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.disclosure.PublishedDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** Search over the shared application and database: precision, following the documents' life, API and portal. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SearchTest {

    @Autowired
    Disclosure disclosure;
    @Autowired
    SearchIndex index;
    @Autowired
    WebApplicationContext context;
    @Autowired
    org.doorstep.services.ServiceCatalogue catalogue;

    MockMvc mvc;
    Publishing publishing;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        publishing = new Publishing(disclosure);
    }

    /** Every id the index answers for a query, over all pages. */
    Set<Long> ids(String text) {
        publishing.awaitIndexed(index);
        Set<Long> ids = new HashSet<>();
        for (int page = 1; ; page++) {
            SearchResults r = index.search(new SearchQuery(text, null, null, null, null, null, null, null,
                    SearchSort.RELEVANCE, page, 50, SearchType.DOCUMENT).validated());
            r.hits().forEach(h -> ids.add(h.id()));
            if (page >= r.pages()) {
                assertThat(r.totalExact()).isTrue();
                assertThat(ids).hasSize((int) r.total());
                return ids;
            }
        }
    }

    /** The documents whose title or text contain every word, read from the database. */
    Set<Long> truth(String... words) {
        Set<Long> ids = new HashSet<>();
        for (PublishedDocument d : disclosure.allPublished()) {
            String text = d.title() + "\n" + d.bodyText();
            if (List.of(words).stream().allMatch(text::contains)) {
                ids.add(d.id());
            }
        }
        return ids;
    }

    @Test
    void aShortWordMatchesOnlyDocumentsHoldingItWhole() {
        // A generated corpus: some documents hold 医保; many hold 医 and 保 only apart (医疗, 保障, 参保 …).
        String[] apart = {"医疗救助对象", "社会保障待遇", "参保缴费", "就医服务", "保险登记", "医院床位", "保供稳价",
            "家庭医生签约", "保洁员岗位"};
        String[] filler = {"乡村振兴衔接资金", "优化营商环境", "涉农补贴发放", "村务公开栏", "政务公开工作要点",
            "最低生活保障", "高龄津贴", "临时救助"};
        Random random = new Random(20261201);
        List<Long> positives = new ArrayList<>();
        List<Long> negatives = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            boolean holds = i % 4 == 0;
            StringBuilder body = new StringBuilder("<p>");
            for (int s = 0; s < 6; s++) {
                body.append(apart[random.nextInt(apart.length)]).append("，")
                        .append(filler[random.nextInt(filler.length)]).append("。");
            }
            if (holds) {
                body.insert(3, "城乡居民医保缴费标准调整。");
            }
            body.append("</p>");
            GovDocument d = publishing.publish("梅林镇民生事项通知第" + i + "号", body.toString());
            (holds ? positives : negatives).add(d.id());
        }

        Set<Long> found = ids("医保");

        assertThat(found).containsAll(positives).doesNotContainAnyElementsOf(negatives);
        assertThat(found).isEqualTo(truth("医保"));
        // the negatives really do hold both characters apart, so OR-of-characters would have found them
        assertThat(ids("医")).containsAll(negatives);
        assertThat(ids("保")).containsAll(negatives);
    }

    @Test
    void aQueryIsAnAndOfItsWords() {
        GovDocument both = publishing.publish("关于高龄津贴发放的通知", "<p>本镇高龄津贴按月发放到老人社保卡。</p>");
        GovDocument one = publishing.publish("关于高龄老人体检的通知", "<p>组织老年人免费体检。</p>");

        Set<Long> found = ids("高龄 津贴");

        assertThat(found).contains(both.id()).doesNotContain(one.id()).isEqualTo(truth("高龄", "津贴"));
        // without a space the run is segmented into words (高龄, 津贴, 发放), all of which must occur
        assertThat(ids("高龄津贴发放")).contains(both.id()).doesNotContain(one.id())
                .isEqualTo(truth("高龄", "津贴", "发放"));
    }

    @Test
    void aQueryWithoutSpacesIsSegmentedAndKeepsUnknownShortWordsWhole() {
        GovDocument together = publishing.publish("城乡居民医保报销比例说明", "<p>门诊医保报销比例提高。</p>");
        GovDocument apart = publishing.publish("城乡居民医保缴费提示", "<p>参保后住院费用可按规定报销。</p>");
        GovDocument scattered = publishing.publish("医疗保障报销指引", "<p>医疗费用由保障基金报销。</p>");

        Set<Long> found = ids("医保报销");

        // 医保 AND 报销, wherever they stand; 医 … 保 apart does not count as 医保
        assertThat(found).contains(together.id(), apart.id()).doesNotContain(scattered.id())
                .isEqualTo(truth("医保", "报销"));
        // the document holding the words as typed ranks first
        SearchResults ranked = index.search(new SearchQuery("医保报销", null, null, null, null, null, null, null,
                SearchSort.RELEVANCE, 1, 50, SearchType.DOCUMENT).validated());
        assertThat(ranked.words()).containsExactly("医保", "报销");
        List<Long> order = ranked.hits().stream().map(SearchHit::id).toList();
        assertThat(order.indexOf(together.id())).isLessThan(order.indexOf(apart.id()));

        GovDocument licence = publishing.publish("个体工商户营业执照办理须知", "<p>申请人持身份证件到窗口办理营业执照。</p>");
        GovDocument onlyLicence = publishing.publish("营业执照年报提醒", "<p>请按时报送营业执照年度报告。</p>");
        assertThat(ids("营业执照办理")).contains(licence.id()).doesNotContain(onlyLicence.id())
                .isEqualTo(truth("营业执照", "办理"));
    }

    @Test
    void theIndexFollowsPublishingRevisionAndWithdrawalAndNeverSeesDrafts() {
        GovDocument returned = publishing.returned("锦鲤池塘清淤方案（退回稿）", "<p>锦鲤池塘清淤工程。</p>");
        GovDocument draft = publishing.draft(publishing.draft("锦鲤池塘清淤方案（草稿）", "<p>锦鲤池塘。</p>"));
        assertThat(ids("锦鲤池塘")).doesNotContain(returned.id(), draft.id());

        GovDocument d = publishing.publish("锦鲤池塘清淤方案", "<p>锦鲤池塘清淤工程由梅林镇组织实施。</p>");
        assertThat(ids("锦鲤池塘")).contains(d.id());

        publishing.revise(d.id(), "荷花池塘清淤方案", "<p>荷花池塘清淤工程由梅林镇组织实施。</p>");
        assertThat(ids("锦鲤池塘")).doesNotContain(d.id());
        assertThat(ids("荷花池塘")).contains(d.id());

        publishing.withdraw(d.id());
        assertThat(ids("荷花池塘")).doesNotContain(d.id());
    }

    @Test
    void filtersSortAndPagination() {
        GovDocument d = publishing.publish("松鼠观测站建设公告", "<p>松鼠观测站建设。</p>");
        publishing.awaitIndexed(index);
        SearchResults inTown = index.search(new SearchQuery("松鼠观测站", Publishing.TOWN, publishing.node(),
                Publishing.TOWN, d.publishedOn(), d.publishedOn(), d.validity(), null, SearchSort.DATE, 1, 10));
        assertThat(inTown.hits()).extracting(SearchHit::id).contains(d.id());
        SearchResults elsewhere = index.search(new SearchQuery("松鼠观测站", "361199102000", null, null, null, null,
                null, null, SearchSort.RELEVANCE, 1, 10));
        assertThat(elsewhere.hits()).extracting(SearchHit::id).doesNotContain(d.id());
        SearchResults before = index.search(new SearchQuery("松鼠观测站", null, null, null, null,
                d.publishedOn().minusDays(1), null, null, SearchSort.RELEVANCE, 1, 10));
        assertThat(before.hits()).extracting(SearchHit::id).doesNotContain(d.id());

        for (int i = 0; i < 12; i++) {
            publishing.publish("翠鸟保护宣传第" + i + "期", "<p>翠鸟保护。</p>");
        }
        publishing.awaitIndexed(index);
        SearchResults first = index.search(SearchQuery.of("翠鸟保护", 1));
        SearchResults second = index.search(SearchQuery.of("翠鸟保护", 2));
        assertThat(first.total()).isGreaterThanOrEqualTo(12);
        assertThat(first.hits()).hasSize(10);
        assertThat(second.hits()).extracting(SearchHit::id)
                .doesNotContainAnyElementsOf(first.hits().stream().map(SearchHit::id).toList());
        SearchResults byDate = index.search(new SearchQuery("翠鸟保护", null, null, null, null, null, null, null,
                SearchSort.DATE, 1, 50));
        assertThat(byDate.hits()).extracting(SearchHit::publishedAt)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void theApiAnswersHitsWithHighlightedSnippetsAndChineseProblemsForBadParameters() throws Exception {
        GovDocument d = publishing.publish("<script>alert('x')</script>白鹭湿地保护通告",
                "<p>白鹭湿地<b>保护</b>范围内禁止捕鸟。</p>");
        publishing.awaitIndexed(index);
        mvc.perform(get("/api/v1/search").param("q", "白鹭湿地 捕鸟"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.hits[0].type").value("政府信息"))
                .andExpect(jsonPath("$.hits[0].title").value("<script>alert('x')</script>白鹭湿地保护通告"))
                .andExpect(jsonPath("$.hits[0].url").value(org.hamcrest.Matchers.endsWith(d.path())))
                .andExpect(jsonPath("$.hits[0].indexNumber").value(d.indexNumber()))
                .andExpect(jsonPath("$.hits[0].publishedAt").isNotEmpty())
                .andExpect(jsonPath("$.hits[0].snippet").value("<em>白鹭湿地</em>保护范围内禁止<em>捕鸟</em>。"));

        mvc.perform(get("/api/v1/search").param("q", "白鹭").param("page", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("页码应在 1 到 50 之间")));
        mvc.perform(get("/api/v1/search").param("q", "白鹭").param("from", "2026-13-01").param("validity", "X"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from").value(org.hamcrest.Matchers.containsString("YYYY-MM-DD")))
                .andExpect(jsonPath("$.errors.validity").value(org.hamcrest.Matchers.containsString("效力状态")));
        mvc.perform(get("/api/v1/search"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.q").value("请输入要搜索的词语"));
        mvc.perform(get("/api/v1/search").param("q", "白".repeat(101)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/search'].get").exists());
    }

    @Test
    void thePortalPageEscapesDocumentTextAndMarksOnlyTheWords() throws Exception {
        publishing.publish("<script>alert('x')</script>灰鹤越冬地公告", "<p>灰鹤越冬地<i>不得</i>&lt;img src=x&gt;打扰。</p>");
        publishing.awaitIndexed(index);
        String page = mvc.perform(get("/search").param("q", "灰鹤越冬地")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<em>灰鹤越冬地</em>公告")
                .doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("<em>灰鹤越冬地</em>不得&lt;img src=x&gt;打扰");
        String bad = mvc.perform(get("/search").param("q", "灰鹤").param("to", "昨天")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("日期应为 YYYY-MM-DD 格式");
        assertThat(mvc.perform(get("/search")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("搜索政府信息");
    }

    @Test
    void anAdministratorRebuildsTheIndexFromTheConsole() throws Exception {
        GovDocument d = publishing.publish("野生菌采摘安全提示", "<p>野生菌采摘需谨慎。</p>");
        mvc.perform(get("/console/search").with(authentication(Publishing.admin().authentication())))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("重建索引")));
        mvc.perform(post("/console/search/rebuild").with(csrf())
                        .with(authentication(Publishing.admin().authentication())))
                .andExpect(status().is3xxRedirection());
        for (int i = 0; i < 200 && isRunning(); i++) {
            Thread.sleep(100);
        }
        assertThat(isRunning()).isFalse();
        assertThat(ids("野生菌采摘")).contains(d.id());
        assertThat(index.size()).isEqualTo(disclosure.publishedCount() + catalogue.items().size());
        mvc.perform(get("/console/search").with(authentication(publishing.officerAuthentication())))
                .andExpect(status().isForbidden());
    }

    boolean isRunning() throws Exception {
        String json = mvc.perform(get("/console/search/progress")
                        .with(authentication(Publishing.admin().authentication())))
                .andReturn().getResponse().getContentAsString();
        return json.contains("\"running\":true");
    }
}
