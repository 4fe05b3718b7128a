package org.doorstep.engagement;

import java.util.Map;

import org.doorstep.platform.DomainChange;

/** A consultation was logged; the audit trail keeps its channel and category, not its text. */
public record ConsultationLogged(long id, String channel, String category, String recordedBy) implements DomainChange {

    @Override
    public String action() {
        return "engagement.consultation.logged";
    }

    @Override
    public String subject() {
        return "consultation/" + id;
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("channel", channel, "category", category, "by", recordedBy);
    }
}
