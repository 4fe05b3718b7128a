package org.doorstep.engagement;

import org.doorstep.platform.DomainChange;

/** Every step of a topic, for the audit trail; before and after never hold the proposer's phone. */
public record TopicChanged(String action, String subject, Object before, Object after) implements DomainChange {
}
