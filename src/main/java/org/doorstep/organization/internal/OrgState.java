package org.doorstep.organization.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.doorstep.organization.Department;
import org.doorstep.organization.Division;
import org.doorstep.organization.Grid;
import org.doorstep.organization.GridWorker;
import org.doorstep.organization.Venue;
import org.doorstep.organization.Window;

/**
 * The whole organisation in memory, every kind keyed by code in code order. The facade reads a frozen copy; an
 * import overlays its rows on a copy of the stored state and validates against the result, so a row may refer to
 * another row of the same workbook.
 */
public final class OrgState {

    private final Map<RecordKind, Map<String, Object>> records = new EnumMap<>(RecordKind.class);
    /** Codes of workbook rows that did not parse: they exist for references, but cannot be checked in detail. */
    private final Map<RecordKind, Set<String>> claimed = new EnumMap<>(RecordKind.class);
    private boolean frozen;

    public OrgState() {
        for (RecordKind kind : RecordKind.values()) {
            records.put(kind, new TreeMap<>());
            claimed.put(kind, new HashSet<>());
        }
    }

    public OrgState copy() {
        OrgState copy = new OrgState();
        records.forEach((kind, map) -> copy.records.get(kind).putAll(map));
        claimed.forEach((kind, set) -> copy.claimed.get(kind).addAll(set));
        return copy;
    }

    /** Makes this state read-only, for sharing between threads. */
    public OrgState freeze() {
        frozen = true;
        return this;
    }

    @SuppressWarnings("unchecked")
    <T> Map<String, T> map(RecordKind kind) {
        Map<String, Object> map = records.get(kind);
        return (Map<String, T>) (frozen ? Collections.unmodifiableMap(map) : map);
    }

    void put(RecordKind kind, String code, Object record) {
        if (frozen) {
            throw new IllegalStateException("frozen");
        }
        records.get(kind).put(code, record);
    }

    void claim(RecordKind kind, String code) {
        claimed.get(kind).add(code);
    }

    /** Whether a record with this code exists (or is being imported, even if its row is wrong). */
    boolean knows(RecordKind kind, String code) {
        return code != null && (records.get(kind).containsKey(code) || claimed.get(kind).contains(code));
    }

    public Map<String, Division> divisions() {
        return map(RecordKind.DIVISION);
    }

    public Map<String, Department> departments() {
        return map(RecordKind.DEPARTMENT);
    }

    public Map<String, Venue> venues() {
        return map(RecordKind.VENUE);
    }

    public Map<String, Window> windows() {
        return map(RecordKind.WINDOW);
    }

    public Map<String, Grid> grids() {
        return map(RecordKind.GRID);
    }

    public Map<String, GridWorker> workers() {
        return map(RecordKind.GRID_WORKER);
    }

    public Optional<Division> division(String code) {
        return Optional.ofNullable(code == null ? null : divisions().get(code));
    }

    /** Whether {@code code} is {@code scope} or lies below it, following stored parents. */
    public boolean divisionWithin(String code, String scope) {
        Set<String> seen = new HashSet<>();
        for (String c = code; c != null && seen.add(c); ) {
            if (c.equals(scope)) {
                return true;
            }
            Division d = divisions().get(c);
            c = d == null ? null : d.parentCode();
        }
        return false;
    }

    /** The county first, the division itself last; empty if unknown. */
    public List<Division> path(String code) {
        List<Division> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Division d = divisions().get(code); d != null && seen.add(d.code()); d = divisions().get(d.parentCode())) {
            path.add(0, d);
            if (d.parentCode() == null) {
                break;
            }
        }
        return path;
    }
}
