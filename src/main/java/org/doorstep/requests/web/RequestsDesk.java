package org.doorstep.requests.web;

import java.util.List;
import java.util.Optional;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.requests.DisclosureRequest;
import org.doorstep.requests.DisclosureRequests;
import org.doorstep.web.ConsoleDesk;
import org.springframework.stereotype.Component;

/** The 依申请公开 panel of the console landing: open requests, those due within 5 working days and the overdue. */
@Component
class RequestsDesk implements ConsoleDesk {

    private static final String ROOT = "/console/requests";
    /** A description is the applicant's own words: the landing shows its start only. */
    private static final int DESCRIPTION_SHOWN = 30;

    private final DisclosureRequests requests;
    private final Permissions permissions;

    RequestsDesk(DisclosureRequests requests, Permissions permissions) {
        this.requests = requests;
        this.permissions = permissions;
    }

    @Override
    public Optional<Panel> panel(StaffIdentity me) {
        if (!permissions.may(me, Permission.REQUEST_VIEW)) {
            return Optional.empty();
        }
        ListPage<DisclosureRequests.Tracked> open = requests.requests(me, DisclosureRequests.View.OPEN, 1, ENTRIES);
        List<Count> counts = List.of(new Count("办理中", open.totalLabel(), ROOT, false),
                new Count(DisclosureRequests.DUE_SOON_DAYS + " 个工作日内到期",
                        label(requests.count(me, DisclosureRequests.View.DUE_SOON)), ROOT + "?view=due", false),
                new Count("已超期", label(requests.count(me, DisclosureRequests.View.OVERDUE)), ROOT + "?view=overdue",
                        true));
        List<Entry> entries = open.items().stream().map(t -> {
            DisclosureRequest r = t.request();
            String detail = r.state().label() + (t.clock() == null ? "" : " · 答复期限 " + t.clock().due());
            return new Entry(r.number() + " " + shorten(r.description()), detail, ROOT + "/" + r.number(),
                    t.overdue());
        }).toList();
        return Optional.of(new Panel("依申请公开", 310, counts, entries, ROOT));
    }

    private static String label(long counted) {
        return ListPage.of(List.of(), 1, ListPage.SIZE, counted).totalLabel();
    }

    private static String shorten(String text) {
        String t = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return t.codePointCount(0, t.length()) <= DESCRIPTION_SHOWN ? t
                : t.substring(0, t.offsetByCodePoints(0, DESCRIPTION_SHOWN)) + "…";
    }
}
