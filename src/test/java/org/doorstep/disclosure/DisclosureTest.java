package org.doorstep.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.xml.parsers.DocumentBuilderFactory;

import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.ConflictException;
import org.doorstep.platform.InvalidInputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The disclosure facade, portal and API against the shared application context and database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DisclosureTest {

    static final String TOWN = DemoCounty.MEILIN_TOWN;

    @Autowired
    Disclosure disclosure;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    Officer officer;
    Officer reviewer;
    long node;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        officer = Officer.officer(TOWN);
        reviewer = Officer.reviewer(TOWN);
        node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容")).findFirst()
                .orElseThrow().id();
    }

    DocumentDraft draft(String title) {
        return draft(title, null);
    }

    DocumentDraft draft(String title, LocalDate expires) {
        return new DocumentDraft(title, "梅府发〔2026〕" + (1 + (int) (Math.random() * 9000)) + "号", TOWN,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2), expires, "综合政务", "通知", "测试",
                "<p>正文" + title + "</p><script>alert('x')</script><img src=\"https://tracker.example/a.png\">"
                        + "<p onclick=\"evil()\">段落</p>",
                List.of(node), null, null);
    }

    GovDocument published(DocumentDraft draft) {
        GovDocument d = disclosure.create(draft, officer);
        disclosure.submit(d.id(), officer);
        return disclosure.approve(d.id(), reviewer);
    }

    @Test
    void theCatalogueAlwaysStartsWithTheFourStandardNodes() {
        List<String> first = disclosure.catalogue(DemoCounty.ZHUSHAN_TOWNSHIP).stream()
                .filter(n -> n.parentId() == null && n.fixed()).map(CatalogueNode::name).toList();
        assertThat(first).containsExactlyElementsOf(Disclosure.FIXED_NODES);
        assertThatThrownBy(() -> disclosure.catalogue(DemoCounty.SHANGFANG_VILLAGE))
                .isInstanceOf(org.doorstep.platform.NotFoundException.class);
    }

    @Test
    void catalogueChangesAreVersionedWithWhoAndWhy() {
        String name = "回应关切" + UUID.randomUUID();
        CatalogueNode n = disclosure.addNode(TOWN, node, CatalogueItem.named(name), "新增栏目", officer);
        CatalogueItem changed = new CatalogueItem(name, "内容", "依据", "20个工作日", "梅林镇", "主动", "网站", "全社会",
                DisclosureAttribute.PROACTIVE, null);
        assertThat(disclosure.updateNode(n.id(), changed, "补充要素", officer).version()).isEqualTo(2);
        assertThat(disclosure.catalogueHistory(TOWN)).filteredOn(h -> h.nodeId() == n.id())
                .extracting(CatalogueRevision::reason, CatalogueRevision::changedBy, CatalogueRevision::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("补充要素", officer.username(), 2),
                        org.assertj.core.groups.Tuple.tuple("新增栏目", officer.username(), 1));
        CatalogueItem exemptWithoutGround = new CatalogueItem(name, "", "", "", "", "", "", "",
                DisclosureAttribute.EXEMPT, null);
        assertThatThrownBy(() -> disclosure.updateNode(n.id(), exemptWithoutGround, "改为不予公开", officer))
                .isInstanceOf(InvalidInputException.class);
        CatalogueNode fixed = disclosure.catalogue(TOWN).stream().filter(CatalogueNode::fixed).findFirst().orElseThrow();
        assertThatThrownBy(() -> disclosure.removeNode(fixed.id(), "删除", officer)).isInstanceOf(ConflictException.class);
    }

    @Test
    void indexNumbersAreOrganYearSerialAndUniqueUnderConcurrency() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<String>> futures = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int n = i;
            futures.add(pool.submit(() -> disclosure.create(draft("并发" + n), officer).indexNumber()));
        }
        List<String> numbers = new ArrayList<>();
        for (Future<String> f : futures) {
            numbers.add(f.get());
        }
        pool.shutdown();
        assertThat(numbers).hasSize(24).doesNotHaveDuplicates()
                .allMatch(n -> n.matches("361199101/2026-\\d{5}"), "organCode/year-serial");
        List<Integer> serials = new ArrayList<>(numbers.stream().map(n -> Integer.parseInt(n.substring(15))).toList());
        Collections.sort(serials);
        // No gaps among the numbers handed out together: each creator took the next serial.
        assertThat(serials.get(23) - serials.get(0)).isEqualTo(23);
    }

    @Test
    void theAuthorCannotReviewTheirOwnDocumentAndAReturnedDraftIsNotPublic() throws Exception {
        GovDocument d = disclosure.create(draft("退回测试" + UUID.randomUUID()), officer);
        disclosure.submit(d.id(), officer);
        assertThatThrownBy(() -> disclosure.approve(d.id(), officer.asReviewer())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> disclosure.approve(d.id(), officer))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        GovDocument returned = disclosure.returnForChanges(d.id(), "请删除个人信息", reviewer);
        assertThat(returned.state()).isEqualTo(DocumentState.RETURNED);
        assertThat(disclosure.publicDocument(d.id())).isEmpty();
        mvc.perform(get("/disclosure/documents/" + d.id())).andExpect(status().isNotFound());
        mvc.perform(get("/disclosure/documents/" + d.id() + "/qr.png")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/disclosure/documents/" + d.id())).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        // Editable again, then approved and public.
        disclosure.update(d.id(), draft(d.title() + "（修改）"), officer);
        disclosure.submit(d.id(), officer);
        GovDocument published = disclosure.approve(d.id(), reviewer);
        assertThat(published.state()).isEqualTo(DocumentState.PUBLISHED);
        assertThat(published.publishedOn()).isNotNull();
        mvc.perform(get("/disclosure/documents/" + d.id())).andExpect(status().isOk());
        assertThatThrownBy(() -> disclosure.update(d.id(), draft("x"), officer)).isInstanceOf(ConflictException.class);
    }

    @Test
    void revisionKeepsHistoryAndWithdrawalShowsOnlyTheReason() throws Exception {
        GovDocument d = published(draft("修订测试" + UUID.randomUUID()));
        disclosure.revise(d.id(), draft(d.title() + "（第二版）"), "更正附件名称", officer);
        assertThat(disclosure.revisions(d.id())).extracting(Revision::note).containsExactly("更正附件名称");
        String page = mvc.perform(get("/disclosure/documents/" + d.id())).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("修订记录", "更正附件名称", "（第二版）");
        disclosure.withdraw(d.id(), "内容已过时", officer);
        // 404 for search engines and caches, with the notice and its reason for readers.
        String withdrawn = mvc.perform(get("/disclosure/documents/" + d.id())).andExpect(status().isNotFound()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(withdrawn).contains("已撤回", "内容已过时").doesNotContain("正文" + d.title());
        mvc.perform(get("/api/v1/disclosure/documents/" + d.id())).andExpect(status().isNotFound());
    }

    @Test
    void aDocumentPastItsEndDateIsExpiredWithoutAnyoneTouchingIt() {
        GovDocument d = published(draft("终止日期测试" + UUID.randomUUID(), LocalDate.now().minusDays(1)));
        assertThat(d.validity()).isEqualTo(Validity.EXPIRED);
        assertThat(disclosure.publicDocument(d.id()).orElseThrow().validity()).isEqualTo(Validity.EXPIRED);
        disclosure.expireDocuments();
        assertThat(disclosure.allPublished()).filteredOn(p -> p.id() == d.id()).singleElement()
                .extracting(PublishedDocument::validity).isEqualTo(Validity.EXPIRED);
        GovDocument valid = published(draft("仍然有效" + UUID.randomUUID(), LocalDate.now().plusDays(30)));
        assertThat(valid.validity()).isEqualTo(Validity.VALID);
    }

    @Test
    void scriptsInTitlesBodiesAndNodeNamesAreHarmless() throws Exception {
        String marker = UUID.randomUUID().toString();
        GovDocument d = published(draft("<script>alert('" + marker + "')</script>标题"));
        assertThat(d.body()).doesNotContain("<script", "onclick", "tracker.example").contains("<p>段落</p>");
        String page = mvc.perform(get("/disclosure/documents/" + d.id())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script>alert('" + marker).contains("&lt;script&gt;alert(");
        CatalogueNode evil = disclosure.addNode(TOWN, null, CatalogueItem.named("<script>x" + marker + "</script>"),
                "测试", officer);
        String portal = mvc.perform(get("/disclosure/governments/" + TOWN)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(portal).contains("&lt;script&gt;x" + marker).doesNotContain("<script>x" + marker);
        String console = mvc.perform(get("/console/disclosure/catalogue").with(authentication(officer.authentication())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(console).contains("&lt;script&gt;x" + marker).doesNotContain("<script>x" + marker);
        String list = mvc.perform(get("/console/disclosure").with(authentication(officer.authentication())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("&lt;script&gt;alert(").doesNotContain("<script>alert('" + marker);
        disclosure.removeNode(evil.id(), "测试结束", officer);
    }

    @Test
    void attachmentsAreCheckedByContentAndServedSafely() throws Exception {
        GovDocument d = disclosure.create(draft("附件测试" + UUID.randomUUID()), officer);
        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        Attachment a = disclosure.attach(d.id(), new ByteArrayInputStream(pdf), "../../etc/passwd.pdf", officer);
        assertThat(a.displayName()).doesNotContain("/", "..");
        byte[] exe = "MZ\u0090\u0000 this program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> disclosure.attach(d.id(), new ByteArrayInputStream(exe), "通知.pdf", officer))
                .isInstanceOf(InvalidInputException.class);
        String url = "/disclosure/documents/" + d.id() + "/files/" + a.sha256();
        mvc.perform(get(url)).andExpect(status().isNotFound());
        disclosure.submit(d.id(), officer);
        disclosure.approve(d.id(), reviewer);
        var response = mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentType("application/pdf")).andReturn().getResponse();
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").doesNotContain("/");
        mvc.perform(get("/disclosure/documents/" + d.id() + "/files/" + "0".repeat(64))).andExpect(status().isNotFound());
    }

    @Test
    void theAtomFeedIsValidXmlWithThePublishedTitle() throws Exception {
        String title = "订阅测试" + UUID.randomUUID();
        published(draft(title));
        byte[] feed = mvc.perform(get("/disclosure/nodes/" + node + "/feed.atom")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        assertThat(xml.getDocumentElement().getLocalName() == null ? xml.getDocumentElement().getTagName()
                : xml.getDocumentElement().getLocalName()).isEqualTo("feed");
        List<String> titles = new ArrayList<>();
        var nodes = xml.getElementsByTagName("title");
        for (int i = 0; i < nodes.getLength(); i++) {
            titles.add(nodes.item(i).getTextContent());
        }
        assertThat(titles).contains(title);
        String sitemap = mvc.perform(get("/sitemap.xml")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(sitemap.getBytes(StandardCharsets.UTF_8)));
        assertThat(sitemap).contains("/disclosure/governments/" + TOWN);
    }

    @Test
    void thePublicApiShowsPublishedDocumentsOnly() throws Exception {
        GovDocument d = published(draft("接口测试" + UUID.randomUUID()));
        mvc.perform(get("/api/v1/disclosure/documents/" + d.id())).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value(d.title()))
                .andExpect(jsonPath("$.indexNumber").value(d.indexNumber()))
                .andExpect(jsonPath("$.validity").value("有效"))
                .andExpect(jsonPath("$.author").doesNotExist());
        mvc.perform(get("/api/v1/disclosure/documents").param("node", String.valueOf(node)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].title").exists())
                .andExpect(jsonPath("$.total").isNumber());
        mvc.perform(get("/api/v1/disclosure/catalogues/" + TOWN)).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == '政府信息公开指南')]").exists());
        mvc.perform(get("/api/v1/disclosure/documents/999999999")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theDemoCountyHasAtLeastFortyPublishedDocumentsWithARepealedAndAnExpiredOne() {
        List<PublishedDocument> all = disclosure.allPublished();
        assertThat(all.size()).isGreaterThanOrEqualTo(40);
        assertThat(all).anyMatch(p -> p.validity() == Validity.REPEALED);
        assertThat(all).anyMatch(p -> p.validity() == Validity.EXPIRED);
        assertThat(all).anyMatch(p -> p.title().contains("政务公开工作要点"));
    }

    @Test
    void staffOutsideTheUnitSeeNothingAndTheDueListUsesTheCalendar() {
        GovDocument d = disclosure.create(draft("时限测试" + UUID.randomUUID()), officer);
        Officer other = Officer.officer(DemoCounty.SHIQIAO_TOWN);
        assertThatThrownBy(() -> disclosure.staffDocument(d.id(), other))
                .isInstanceOf(org.doorstep.platform.NotFoundException.class);
        assertThat(disclosure.documents(other, null, 1).items()).noneMatch(x -> x.id() == d.id());
        // Written on 2026-03-02, so the 20 working days have passed: it is listed as overdue (on some page).
        List<DueDocument> due = new ArrayList<>();
        for (int page = 1; page == 1 || due.size() == (page - 1) * org.doorstep.platform.ListPage.SIZE; page++) {
            due.addAll(disclosure.dueSoon(officer, page).items());
        }
        assertThat(due).filteredOn(x -> x.document().id() == d.id()).singleElement()
                .satisfies(x -> assertThat(x.overdue()).isTrue());
        assertThat(disclosure.art26Due(d)).isAfter(d.writtenOn().plusDays(25));
    }
}
