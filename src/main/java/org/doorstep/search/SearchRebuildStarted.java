package org.doorstep.search;

import org.doorstep.platform.DomainChange;

/** An administrator started a rebuild of the search index, for the audit trail. */
public record SearchRebuildStarted(long documentsIndexedBefore) implements DomainChange {

    @Override
    public String action() {
        return "search.index.rebuild-started";
    }

    @Override
    public String subject() {
        return "全文检索索引";
    }

    @Override
    public Object before() {
        return java.util.Map.of("indexed", documentsIndexedBefore);
    }

    @Override
    public Object after() {
        return null;
    }
}
