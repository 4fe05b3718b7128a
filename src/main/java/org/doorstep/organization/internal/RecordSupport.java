package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.doorstep.platform.DomainChange;

/**
 * Everything the editor, the importer, the exporter and the console form need to know about one kind of record:
 * how to read it from text fields, write it back to them, check it against the rest of the organisation, store
 * it and announce the change. One implementation per {@link RecordKind}; see {@link RecordSupports}.
 */
public abstract class RecordSupport<T> {

    /** A choice in a form's drop-down list. */
    public record Option(String value, String label) {
    }

    private final RecordKind kind;

    RecordSupport(RecordKind kind) {
        this.kind = kind;
    }

    public RecordKind kind() {
        return kind;
    }

    public abstract String code(T record);

    /** The record as text fields, in column order: the export row and the values of an edit form. */
    public abstract Map<String, String> row(T record);

    /** The code a record with these fields would have, or null when the key fields are unreadable. */
    abstract String key(Map<String, String> values);

    /** Reads the fields; returns null (with problems added) if any field is unreadable. */
    abstract T read(FieldReader reader);

    /** The rules that involve other records: parents, references, uniqueness. */
    abstract void check(T record, OrgState state, List<Problem> problems);

    abstract DomainChange saved(T before, T after);

    abstract void upsert(OrganizationStore store, T record);

    /** The field a duplicate code is reported on: the part of the code the user types. */
    abstract String codeField();

    /** Starting values for a new record created under {@code context} (a parent, division, venue, village or grid). */
    public Map<String, String> defaults(String context, OrgState state) {
        return Map.of(kind.contextField(), context == null ? "" : context);
    }

    /** The drop-down choices of a field, or an empty list for free text. */
    public List<Option> options(String key, Map<String, String> values, OrgState state) {
        return kind.column(key).map(c -> c.choices().stream().map(s -> new Option(s, s)).toList()).orElse(List.of());
    }

    /** The order in which lists and exports show records: by code unless a kind says otherwise. */
    public java.util.Comparator<T> order() {
        return java.util.Comparator.comparing(this::code);
    }

    public T parse(Map<String, String> values, List<Problem> problems) {
        FieldReader reader = new FieldReader(kind, values, problems);
        T record = read(reader);
        return reader.ok() ? record : null;
    }

    public Map<String, T> in(OrgState state) {
        return state.map(kind);
    }

    /** Checks a record about to be stored; {@code creating} also rejects a code already taken. */
    public List<Problem> validate(T record, OrgState state, boolean creating) {
        List<Problem> problems = new ArrayList<>();
        if (creating && state.knows(kind, code(record))) {
            problems.add(new Problem(codeField(), kind.header(codeField()) + "已被使用：编码 " + code(record) + " 已存在"));
        }
        check(record, state, problems);
        return problems;
    }

    static Map<String, String> row(String... keysAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1] == null ? "" : keysAndValues[i + 1]);
        }
        return row;
    }

    /** A reference to a division that must exist; returns false (with a problem) if it does not. */
    static boolean requireKnown(OrgState state, RecordKind target, String code, String field, String what,
            List<Problem> problems) {
        if (!state.knows(target, code)) {
            problems.add(new Problem(field, what + " " + code + " 不存在"));
            return false;
        }
        return true;
    }

    /** Names must differ among records with the same owner (siblings, a division's departments …). */
    static <R> void requireUniqueName(Map<String, R> records, String selfCode, String name,
            java.util.function.Function<R, String> codeOf, java.util.function.Function<R, String> nameOf,
            java.util.function.Predicate<R> sameOwner, String where, List<Problem> problems) {
        records.values().stream()
                .filter(r -> !codeOf.apply(r).equals(selfCode) && Objects.equals(nameOf.apply(r), name)
                        && sameOwner.test(r))
                .findFirst()
                .ifPresent(r -> problems.add(new Problem("name", where + "已有同名的「" + name + "」（" + codeOf.apply(r) + "）")));
    }

    static int nextNumber(java.util.stream.IntStream used) {
        return used.max().orElse(0) + 1;
    }
}
