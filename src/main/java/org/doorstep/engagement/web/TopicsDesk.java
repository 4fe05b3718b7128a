package org.doorstep.engagement.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.doorstep.accounts.Permission;
import org.doorstep.accounts.Permissions;
import org.doorstep.engagement.Topics;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.StaffIdentity;
import org.doorstep.web.ConsoleDesk;
import org.springframework.stereotype.Component;

/**
 * The 点题公开 panel of the console landing: for the disclosure office the topics to accept and the answers to submit,
 * for a department the topics it must answer; for both, those past their feedback date.
 */
@Component
class TopicsDesk implements ConsoleDesk {

    private static final String ROOT = "/console/topics";

    private final Topics topics;
    private final Permissions permissions;

    TopicsDesk(Topics topics, Permissions permissions) {
        this.topics = topics;
        this.permissions = permissions;
    }

    @Override
    public Optional<Panel> panel(StaffIdentity me) {
        var granted = permissions.granted(me);
        if (!granted.contains(Permission.TOPIC_VIEW)) {
            return Optional.empty();
        }
        boolean officer = granted.contains(Permission.TOPIC_HANDLE);
        List<Count> counts = new ArrayList<>();
        ListPage<Topics.Tracked> first;
        if (officer) {
            first = topics.topics(me, Topics.View.PROPOSED, 1, ENTRIES);
            counts.add(new Count("待受理", first.totalLabel(), ROOT + "?view=proposed", false));
            counts.add(count("待部门答复", Topics.View.ASSIGNED_TO_ANSWER, me, "assigned"));
            counts.add(count("部门已答复，待提交审查", Topics.View.ANSWERED, me, "answered"));
        } else {
            first = topics.topics(me, Topics.View.ASSIGNED_TO_ANSWER, 1, ENTRIES);
            String label = granted.contains(Permission.TOPIC_ANSWER) ? "待本部门答复" : "部门办理中";
            counts.add(new Count(label, first.totalLabel(), ROOT + "?view=assigned", false));
        }
        Count overdue = count("反馈超期", Topics.View.OVERDUE, me, "overdue");
        counts.add(new Count(overdue.label(), overdue.count(), overdue.path(), true));
        List<Entry> entries = first.items().stream().map(x -> {
            var t = x.topic();
            String detail = t.state().label() + (x.clock() == null ? "" : " · 反馈期限 " + x.clock().due());
            return new Entry(t.number() + " " + t.title(), detail, ROOT + "/" + t.number(), x.overdue());
        }).toList();
        return Optional.of(new Panel("点题公开", 320, counts, entries, ROOT));
    }

    private Count count(String label, Topics.View view, StaffIdentity me, String name) {
        return new Count(label, ListPage.of(List.of(), 1, ListPage.SIZE, topics.count(me, view)).totalLabel(),
                ROOT + "?view=" + name, false);
    }
}
