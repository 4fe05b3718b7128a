package org.doorstep.audit.web;

import org.doorstep.support.Markers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.doorstep.audit.AuditTrail;
import org.doorstep.audit.VerificationResult;
import org.doorstep.support.HttpTestClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.doorstep.support.SignedInRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/** The same application context as the other tests (no MockMvc auto-configuration), so no second database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditWebTest {

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditTrail audit;

    MockMvc mvc;
    String marker;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        marker = Markers.unique("web-");
    }

    @Test
    @WithMockUser(username = "supervisor-a", authorities = {"ROLE_STAFF", "ROLE_SUPERVISOR", "AUDIT_VIEW"})
    void aSupervisorGetsTheVerificationAsJson() throws Exception {
        mvc.perform(get("/api/v1/audit/verification"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checked").isNumber())
                .andExpect(jsonPath("$.firstBrokenId").value((Object) null))
                .andExpect(jsonPath("$.problem").value((Object) null));
    }

    @Test
    @WithMockUser(username = "auditor-a", authorities = {"ROLE_STAFF", "ROLE_AUDIT_ADMIN", "AUDIT_VIEW"})
    void anAuditAdministratorGetsTheVerification() throws Exception {
        mvc.perform(get("/api/v1/audit/verification")).andExpect(status().isOk())
                .andExpect(jsonPath("$.valid").value(true));
    }

    @Test
    @WithMockUser(username = "officer-a", roles = {"STAFF", "WINDOW_OFFICER"})
    void aWindowOfficerIsForbiddenTheApi() throws Exception {
        mvc.perform(get("/api/v1/audit/verification"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.detail").value("只有审计管理员和督查人员可以查看审计日志"));
    }

    @Test
    void anAnonymousCallerMustSignInForTheApi() {
        HttpTestClient.Response r = HttpTestClient.get(port, "/api/v1/audit/verification");
        if (r.status() == 302) {
            assertThat(r.header("Location")).contains("/login");
        } else {
            assertThat(r.status()).isEqualTo(401);
            assertThat(r.json().get("title").asString()).isEqualTo("需要登录");
        }
        assertThat(r.body()).doesNotContain("\"valid\"");
    }

    @Test
    void theApiIsDocumented() {
        HttpTestClient.Response r = HttpTestClient.get(port, "/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("paths").has("/api/v1/audit/verification")).isTrue();
    }

    @Test
    void anAnonymousVisitorIsSentToSignInForTheConsolePage() {
        HttpTestClient.Response r = HttpTestClient.get(port, "/console/audit");
        assertThat(r.status()).isEqualTo(302);
        assertThat(r.header("Location")).contains("/login");
    }

    @Test
    @WithMockUser(username = "officer-a", roles = {"STAFF", "WINDOW_OFFICER"})
    void aWindowOfficerIsForbiddenTheConsolePageAndTheCheck() throws Exception {
        mvc.perform(get("/console/audit")).andExpect(status().isForbidden());
        mvc.perform(post("/console/audit/verification").with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "supervisor-a", authorities = {"ROLE_STAFF", "ROLE_SUPERVISOR", "AUDIT_VIEW"})
    void theLogPageShowsMatchingEntriesEscaped() throws Exception {
        audit.record("test.web.created", marker + " <script>alert(1)</script>", null,
                Map.of("title", "<b>粗体</b>", "phone", "13812345678"));
        audit.record("test.web.other", marker + " 其他", null, null);

        String html = mvc.perform(get("/console/audit").param("subject", marker).param("action", "test.web.cr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("审计日志", "test.web.created", marker + " &lt;script&gt;alert(1)&lt;/script&gt;",
                "&lt;b&gt;粗体&lt;/b&gt;", "138****5678", "变更前", "（无）")
                .doesNotContain("<script>alert(1)", "<b>粗体", "13812345678", "test.web.other");
        assertThat(html).contains("name=\"subject\"").contains("value=\"" + marker + "\"");
    }

    @Test
    @WithMockUser(username = "supervisor-a", authorities = {"ROLE_STAFF", "ROLE_SUPERVISOR", "AUDIT_VIEW"})
    void theLogPageLinksToOlderAndNewerPages() throws Exception {
        for (int i = 0; i < AuditConsoleController.PAGE_SIZE + 1; i++) {
            audit.record("test.web.page", marker + " #" + i, null, null);
        }
        String first = mvc.perform(get("/console/audit").param("subject", marker)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(first).contains(marker + " #50", "较早的记录").doesNotContain(marker + " #0<", "较新的记录");

        String olderHref = first.replaceAll("(?s).*href=\"([^\"]*)\">较早的记录.*", "$1").replace("&amp;", "&");
        assertThat(olderHref).startsWith("/console/audit?subject=web-").contains("olderThan=");
        String second = mvc.perform(get(olderHref)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(second).contains(marker + " #0<", "较新的记录").doesNotContain(marker + " #1<", "较早的记录");
    }

    @Test
    @WithMockUser(username = "supervisor-a", authorities = {"ROLE_STAFF", "ROLE_SUPERVISOR", "AUDIT_VIEW"})
    void badSearchInputGetsAChineseMessage() throws Exception {
        mvc.perform(get("/console/audit").param("from", "2026-13-01")).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("日期格式应为")));
        mvc.perform(get("/console/audit").param("from", "2026-10-02").param("to", "2026-10-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("结束日期不能早于开始日期")));
    }

    @Test
    @WithMockUser(username = "auditor-a", authorities = {"ROLE_STAFF", "ROLE_AUDIT_ADMIN", "AUDIT_VIEW"})
    void theCheckButtonShowsTheResult() throws Exception {
        mvc.perform(post("/console/audit/verification").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/audit"))
                .andExpect(result -> assertThat(result.getFlashMap().get("verification"))
                        .isInstanceOfSatisfying(VerificationResult.class, v -> assertThat(v.valid()).isTrue()));

        mvc.perform(get("/console/audit").flashAttr("verification", VerificationResult.intact(12, 3)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("审计日志完整。")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("3</span> 个签名检查点核对一致")));
        mvc.perform(get("/console/audit").flashAttr("verification", VerificationResult.broken(5, 42L,
                        VerificationResult.Defect.HASH_MISMATCH, "第 42 号记录的内容与其哈希值不符")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("第 42 号记录的内容与其哈希值不符")));
        mvc.perform(get("/console/audit").flashAttr("verification", VerificationResult.broken(5, 42L,
                        VerificationResult.Defect.CHECKPOINT_MISMATCH, "第 42 号记录的哈希值与检查点不一致")
                        .at(1, "audit-checkpoint-20261201T000000000Z-42.json")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "不一致的检查点文件：<code>audit-checkpoint-20261201T000000000Z-42.json</code>")));
    }

    @Test
    @WithMockUser(username = "auditor-a", authorities = {"ROLE_STAFF", "ROLE_AUDIT_ADMIN", "AUDIT_VIEW"})
    void theCheckpointButtonWritesASignedCheckpointOfTheHead() throws Exception {
        audit.record("test.before-checkpoint", marker, null, null);
        var result = mvc.perform(post("/console/audit/checkpoint").with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/console/audit"))
                .andReturn();
        var written = (org.doorstep.audit.AuditCheckpoint) result.getFlashMap().get("checkpoint");
        long last = audit.search(org.doorstep.audit.AuditQuery.all(), null, null, 1).entries().get(0).id();
        assertThat(written.sequence()).as("the checkpoint covers the entry recording its own request").isEqualTo(last);
        assertThat(audit.search(new org.doorstep.audit.AuditQuery(null, null, "auditor-a", "audit.checkpoint", null,
                null), null, null, 1).entries()).hasSize(1);
        mvc.perform(get("/console/audit").flashAttr("checkpoint", written))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("已写入检查点")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString(written.file())));
        mvc.perform(post("/console/audit/checkpoint")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "auditor-a", authorities = {"ROLE_STAFF", "ROLE_AUDIT_ADMIN", "AUDIT_VIEW"})
    void theCheckNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/console/audit/verification")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "both-a", authorities = {"ROLE_STAFF", "ROLE_AUDIT_ADMIN", "ROLE_SUPERVISOR", "AUDIT_VIEW"})
    void theMenuShowsTheAuditLogOnceToAdministratorsAndSupervisors() throws Exception {
        String html = mvc.perform(get("/console")).andReturn().getResponse().getContentAsString();
        assertThat(html.split("href=\"/console/audit\"", -1)).hasSize(3); // once in the navigation, once as a tile
    }

    @Test
    @WithMockUser(username = "supervisor-a", authorities = {"ROLE_STAFF", "ROLE_SUPERVISOR", "AUDIT_VIEW"})
    void theMenuShowsTheAuditLogToSupervisors() throws Exception {
        assertThat(mvc.perform(get("/console")).andReturn().getResponse().getContentAsString())
                .contains("href=\"/console/audit\"", "审计日志");
    }

    @Test
    @WithMockUser(username = "officer-a", roles = {"STAFF", "WINDOW_OFFICER"})
    void theMenuHidesTheAuditLogFromOtherStaff() throws Exception {
        assertThat(mvc.perform(get("/console")).andReturn().getResponse().getContentAsString())
                .doesNotContain("/console/audit", "审计日志");
    }
}
