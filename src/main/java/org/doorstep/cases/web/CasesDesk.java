package org.doorstep.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.cases.CaseDesk;
import org.doorstep.cases.CaseSummary;
import org.doorstep.cases.Cases;
import org.doorstep.cases.Urgency;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.web.ConsoleDesk;
import org.springframework.stereotype.Component;

/** The 办件 panel of the console landing: the steps this officer's permissions let them take, counted in their scope. */
@Component
class CasesDesk implements ConsoleDesk {

    private final Cases cases;
    private final Permissions permissions;

    CasesDesk(Cases cases, Permissions permissions) {
        this.cases = cases;
        this.permissions = permissions;
    }

    @Override
    public Optional<Panel> panel(StaffIdentity me) {
        var granted = permissions.granted(me);
        if (!granted.contains(Permission.CASE_VIEW)) {
            return Optional.empty();
        }
        CaseDesk d = cases.desk(me, ENTRIES);
        List<Count> counts = new ArrayList<>();
        if (granted.contains(Permission.CASE_INTAKE)) {
            counts.add(count("待受理", d.intake(), "intake", false));
        }
        if (granted.contains(Permission.CASE_DISPATCH)) {
            counts.add(count("待分发", d.dispatch(), "dispatch", false));
        }
        if (granted.contains(Permission.CASE_DECIDE)) {
            counts.add(count("待审查审批", d.review(), "review", false));
        }
        if (granted.contains(Permission.CASE_DELIVER)) {
            counts.add(count("待送达办结", d.deliver(), "deliver", false));
        }
        counts.add(count(Urgency.WARNING_DAYS + " 个工作日内到期", d.warning(), "warning", false));
        counts.add(count("已超期", d.overdue(), "overdue", true));
        if (granted.contains(Permission.CASE_HANDOVER)) {
            counts.add(count("我负责的（首问）", d.mine(), "mine", false));
        }
        List<Entry> entries = d.urgent().stream().map(CasesDesk::entry).toList();
        return Optional.of(new Panel("办件", 410, counts, entries, CasesConsoleController.ROOT + "?filter=open"));
    }

    private static Count count(String label, long n, String filter, boolean urgent) {
        return new Count(label, Long.toString(n), CasesConsoleController.ROOT + "?filter=" + filter, urgent);
    }

    private static Entry entry(CaseSummary c) {
        String due = c.due() == null || c.urgency() == Urgency.WAITING ? "" : " · 到期日 " + c.due();
        return new Entry(c.number() + " " + c.itemName(), c.state().label() + due + " · " + c.urgency().label(),
                CasesConsoleController.ROOT + "/" + c.number(), c.urgency() == Urgency.OVERDUE);
    }
}
