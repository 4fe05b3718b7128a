package org.doorstep.organization.internal;

import java.util.EnumMap;
import java.util.Map;

import org.doorstep.organization.Department;
import org.doorstep.organization.Division;
import org.doorstep.organization.Grid;
import org.doorstep.organization.GridWorker;
import org.doorstep.organization.Venue;
import org.doorstep.organization.Window;

/** The one {@link RecordSupport} of each kind. */
public final class RecordSupports {

    private static final Map<RecordKind, RecordSupport<?>> ALL = new EnumMap<>(RecordKind.class);

    static final RecordSupport<Division> DIVISIONS = register(new DivisionSupport());
    static final RecordSupport<Department> DEPARTMENTS = register(new DepartmentSupport());
    static final RecordSupport<Venue> VENUES = register(new VenueSupport());
    static final RecordSupport<Window> WINDOWS = register(new WindowSupport());
    static final RecordSupport<Grid> GRIDS = register(new GridSupport());
    static final RecordSupport<GridWorker> WORKERS = register(new GridWorkerSupport());

    private RecordSupports() {
    }

    private static <T> RecordSupport<T> register(RecordSupport<T> support) {
        ALL.put(support.kind(), support);
        return support;
    }

    @SuppressWarnings("unchecked")
    public static <T> RecordSupport<T> of(RecordKind kind) {
        return (RecordSupport<T>) ALL.get(kind);
    }
}
