package org.doorstep.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentDraft;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.organization.DemoCounty;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.support.SignedInRequests;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Drafts, approves, revises and withdraws documents of 梅林镇 through the disclosure API, as its officers would. */
public final class Publishing {

    public static final String TOWN = DemoCounty.MEILIN_TOWN;

    public record Staff(String username, String displayName, String roleCode, String unitCode) implements StaffIdentity {

        public Authentication authentication() {
            return UsernamePasswordAuthenticationToken.authenticated(this, null, SignedInRequests.authorities(this));
        }
    }

    private final Disclosure disclosure;
    private final Staff officer = new Staff("t-search-officer-" + UUID.randomUUID(), "公开专员", "DISCLOSURE_OFFICER",
            TOWN);
    private final Staff reviewer = new Staff("t-search-reviewer-" + UUID.randomUUID(), "保密审查员",
            "CONFIDENTIALITY_REVIEWER", TOWN);
    private final long node;

    public Publishing(Disclosure disclosure) {
        this.disclosure = disclosure;
        this.node = disclosure.catalogue(TOWN).stream().filter(n -> n.name().equals("法定主动公开内容")).findFirst()
                .orElseThrow().id();
    }

    /**
     * Waits until the index holds exactly the public documents of the database, each at its current version: index
     * updates follow publishing asynchronously, after the publishing transaction commits.
     */
    public void awaitIndexed(org.doorstep.search.SearchIndex index) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!index.stamps().equals(disclosure.publishedStamps())) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the search index did not catch up with the database within 30 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    public static Staff admin() {
        return new Staff("t-search-admin-" + UUID.randomUUID(), "系统管理员", "SYSTEM_ADMIN", DemoCounty.COUNTY);
    }

    public Authentication officerAuthentication() {
        return officer.authentication();
    }

    public long node() {
        return node;
    }

    public DocumentDraft draft(String title, String bodyHtml) {
        return new DocumentDraft(title, null, TOWN, LocalDate.of(2026, 3, 2), null, null, "综合政务", "通知", "",
                bodyHtml, List.of(node), null, null);
    }

    public GovDocument draft(DocumentDraft draft) {
        return disclosure.create(draft, officer);
    }

    public GovDocument publish(String title, String bodyHtml) {
        GovDocument d = disclosure.create(draft(title, bodyHtml), officer);
        disclosure.submit(d.id(), officer);
        return disclosure.approve(d.id(), reviewer);
    }

    public GovDocument returned(String title, String bodyHtml) {
        GovDocument d = disclosure.create(draft(title, bodyHtml), officer);
        disclosure.submit(d.id(), officer);
        return disclosure.returnForChanges(d.id(), "请补充依据", reviewer);
    }

    public GovDocument revise(long id, String title, String bodyHtml) {
        return disclosure.revise(id, draft(title, bodyHtml), "更正错别字", officer);
    }

    public GovDocument withdraw(long id) {
        return disclosure.withdraw(id, "内容已过时", officer);
    }
}
