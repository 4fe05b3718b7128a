package org.doorstep.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.doorstep.disclosure.Attachment;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.organization.DemoCounty;
import org.doorstep.search.Publishing;
import org.doorstep.search.internal.DocumentIndexer;
import org.doorstep.support.SignedInRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.context.WebApplicationContext;

/**
 * The actions finding 8 found missing from the audit trail, each done from the outside (a real form sign-in through
 * the security filter chain, console requests) and then found in the trail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuditedActionsTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Disclosure disclosure;
    @Autowired
    DocumentIndexer indexer;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = SignedInRequests.secured(context);
        // Sign-ins here all come from 127.0.0.1: start without another test's address failures.
        jdbc.sql("delete from accounts_sign_in_source").update();
    }

    @Test
    void aFormSignInItsFailureAndTheSignOutAreRecorded() throws Exception {
        long before = lastId();
        mvc.perform(post("/login").param("username", "13912345678").param("password", "wrong-" + UUID.randomUUID())
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login?error"));
        var signIn = mvc.perform(post("/login").param("username", "gongkai").param("password", "Qingxi@2026")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(signIn.getResponse().getRedirectedUrl()).doesNotContain("error");
        MockHttpSession session = (MockHttpSession) signIn.getRequest().getSession(false);
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(status().is3xxRedirection());

        List<AuditEntry> mine = since(before, "accounts.sign-");
        assertThat(mine).extracting(AuditEntry::action).containsExactly("accounts.sign-in.failed",
                "accounts.sign-in.succeeded", "accounts.sign-out");
        AuditEntry failed = mine.get(0);
        assertThat(failed.subject()).isEqualTo("139****5678");
        assertThat(failed.actor()).isEqualTo("anonymous");
        assertThat(failed.after()).contains("用户名或密码错误");
        assertThat(failed.clientIp()).isNotNull();
        assertThat(mine.get(1).actor()).isEqualTo("gongkai");
        assertThat(mine.get(1).roleCode()).isEqualTo("DISCLOSURE_OFFICER");
        assertThat(mine.get(2).actor()).isEqualTo("gongkai");
        assertThat(jdbc.sql("select count(*) from audit_entry where id > ? and (subject like '%13912345678%' "
                + "or after_state::text like '%13912345678%')").param(before).query(Long.class).single()).isZero();
        assertThat(audit.verify().valid()).isTrue();
    }

    @Test
    void aLockoutIsRecorded() throws Exception {
        long before = lastId();
        String login = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").param("username", login).param("password", "wrong").with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(since(before, "accounts.")).extracting(AuditEntry::action, AuditEntry::subject)
                .contains(org.assertj.core.groups.Tuple.tuple("accounts.locked", login));
        assertThat(since(before, "accounts.sign-in.failed")).hasSize(5);
    }

    @Test
    void theOrganisationExportWithGridWorkersPhonesIsRecorded() throws Exception {
        long before = lastId();
        var admin = new TestStaff("t-audit-admin", "系统管理员", "SYSTEM_ADMIN", DemoCounty.COUNTY);
        mvc.perform(get("/console/organization/export?county=" + DemoCounty.COUNTY).with(SignedInRequests.as(admin)))
                .andExpect(status().isOk());
        List<AuditEntry> exports = since(before, "organization.exported");
        assertThat(exports).hasSize(1);
        assertThat(exports.get(0).actor()).isEqualTo("t-audit-admin");
        assertThat(exports.get(0).subject()).isEqualTo(DemoCounty.COUNTY);
        assertThat(exports.get(0).after()).contains("组织机构.xlsx", "手机号");
    }

    @Test
    void aRemovedAttachmentIsRecorded() {
        Publishing publishing = new Publishing(disclosure);
        GovDocument d = publishing.draft(publishing.draft("附件删除审计" + UUID.randomUUID(), "<p>正文</p>"));
        var officer = new TestStaff("t-audit-officer", "公开专员", "DISCLOSURE_OFFICER", Publishing.TOWN);
        byte[] pdf = ("%PDF-1.4\n% " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        long before = lastId();
        Attachment a = disclosure.attach(d.id(), new ByteArrayInputStream(pdf), "通知附件.pdf", officer);
        disclosure.removeAttachment(d.id(), a.sha256(), officer);
        List<AuditEntry> removed = since(before, "disclosure.document.attachment-removed");
        assertThat(removed).hasSize(1);
        assertThat(removed.get(0).subject()).isEqualTo(d.indexNumber());
        assertThat(removed.get(0).before()).contains(a.displayName());
    }

    @Test
    void aSearchRebuildIsRecorded() throws Exception {
        long before = lastId();
        mvc.perform(post("/console/search/rebuild").with(csrf())
                        .with(authentication(Publishing.admin().authentication())))
                .andExpect(status().is3xxRedirection());
        for (int i = 0; i < 300 && indexer.status().running(); i++) {
            Thread.sleep(100);
        }
        List<AuditEntry> rebuilds = since(before, "search.index.rebuild-started");
        assertThat(rebuilds).hasSize(1);
        assertThat(rebuilds.get(0).actor()).startsWith("t-search-admin-");
    }

    private long lastId() {
        audit.chainPending();
        return jdbc.sql("select coalesce(max(id), 0) from audit_entry").query(Long.class).single();
    }

    /** Entries after {@code id} whose action starts with the prefix, oldest first. */
    private List<AuditEntry> since(long id, String actionPrefix) {
        List<AuditEntry> newestFirst = audit.search(new AuditQuery(null, null, null, actionPrefix, null, null), null,
                null, AuditTrail.MAX_PAGE_SIZE).entries();
        List<AuditEntry> oldestFirst = new java.util.ArrayList<>(newestFirst);
        java.util.Collections.reverse(oldestFirst);
        return oldestFirst.stream().filter(e -> e.id() > id).toList();
    }
}
