package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.doorstep.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and changes single records from the console: the same parsing and rules as the import. */
@Service
public class OrganizationEditor {

    private final OrganizationStore store;
    private final OrganizationWriter writer;

    OrganizationEditor(OrganizationStore store, OrganizationWriter writer) {
        this.store = store;
        this.writer = writer;
    }

    /** @throws InvalidRecordException listing every problem; nothing is saved then */
    @Transactional
    public <T> T create(RecordKind kind, Map<String, String> values) {
        store.lockForChange();
        OrgState state = store.loadAll();
        RecordSupport<T> support = RecordSupports.of(kind);
        T record = validated(support, values, state, true);
        writer.save(support, null, record);
        return record;
    }

    /**
     * Changes the record with this code. The fields that make up the code cannot change; a blank personal field
     * (a grid worker's phone, which forms never show) keeps its stored value.
     *
     * @throws InvalidRecordException listing every problem; nothing is saved then
     */
    @Transactional
    public <T> T update(RecordKind kind, String code, Map<String, String> submitted) {
        store.lockForChange();
        OrgState state = store.loadAll();
        RecordSupport<T> support = RecordSupports.of(kind);
        T existing = support.in(state).get(code);
        if (existing == null) {
            throw new NotFoundException("未找到该" + kind.label() + "：" + code);
        }
        T record = validated(support, merged(kind, support.row(existing), submitted), state, false);
        writer.save(support, existing, record);
        return record;
    }

    /** The values an edit form submits over the stored ones: key fields and blank personal fields stay. */
    public static Map<String, String> merged(RecordKind kind, Map<String, String> stored, Map<String, String> submitted) {
        Map<String, String> values = new LinkedHashMap<>(stored);
        for (Column column : kind.columns()) {
            String value = submitted.get(column.key());
            if (kind.keyFields().contains(column.key()) || value == null
                    || (column.personal() && value.isBlank())) {
                continue;
            }
            values.put(column.key(), value);
        }
        return values;
    }

    private static <T> T validated(RecordSupport<T> support, Map<String, String> values, OrgState state,
            boolean creating) {
        List<Problem> problems = new ArrayList<>();
        T record = support.parse(values, problems);
        if (record != null) {
            problems.addAll(support.validate(record, state, creating));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRecordException(problems);
        }
        return record;
    }
}
