package org.doorstep.disclosure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.disclosure.Disclosure;
import org.doorstep.disclosure.DocumentState;
import org.doorstep.disclosure.GovDocument;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.web.ConsoleDesk;
import org.springframework.stereotype.Component;

/**
 * The 政务公开 panel of the console landing: for a reviewer the documents waiting for 保密审查, for an officer the
 * drafts returned to them and the documents whose 20 working days (条例第二十六条) end within 5 working days or passed.
 */
@Component
class DisclosureDesk implements ConsoleDesk {

    private static final String ROOT = "/console/disclosure";

    private final Disclosure disclosure;
    private final Permissions permissions;

    DisclosureDesk(Disclosure disclosure, Permissions permissions) {
        this.disclosure = disclosure;
        this.permissions = permissions;
    }

    @Override
    public Optional<Panel> panel(StaffIdentity me) {
        var granted = permissions.granted(me);
        boolean reviewer = granted.contains(Permission.DOCUMENT_REVIEW);
        boolean editor = granted.contains(Permission.DOCUMENT_EDIT);
        if (!reviewer && !editor) {
            return Optional.empty();
        }
        List<Count> counts = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        if (reviewer) {
            ListPage<GovDocument> queue = disclosure.reviewQueue(me, 1, ENTRIES);
            counts.add(new Count("待保密审查", queue.totalLabel(), ROOT + "/review", false));
            queue.items().forEach(d -> entries.add(new Entry(d.title(), "待保密审查 · 成文日期 " + d.writtenOn(),
                    ROOT + "/documents/" + d.id(), false)));
        }
        if (editor) {
            long returned = disclosure.count(me, DocumentState.RETURNED);
            counts.add(new Count("退回修改", ListPage.of(List.of(), 1, ListPage.SIZE, returned).totalLabel(),
                    ROOT + "?state=RETURNED", false));
            var due = disclosure.dueSoon(me, 1, ENTRIES);
            counts.add(new Count("5 个工作日内应公开或已超期", due.totalLabel(), ROOT + "/due", true));
            if (!reviewer) {
                due.items().forEach(d -> entries.add(new Entry(d.document().title(),
                        d.document().state().label() + " · 应于 " + d.due() + " 前公开", ROOT + "/documents/"
                                + d.document().id(), d.overdue())));
            }
        }
        return Optional.of(new Panel("政务公开", 300, counts, entries, ROOT));
    }
}
