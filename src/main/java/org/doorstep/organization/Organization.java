package org.doorstep.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.doorstep.organization.internal.OrgSnapshots;
import org.doorstep.organization.internal.OrgState;
import org.springframework.stereotype.Service;

/**
 * The organisation as other modules see it: the division tree, departments, venues, windows and grids, and the
 * scope question every permission check asks. Reads come from an in-memory copy refreshed after each change.
 * Unit code formats are described in the package documentation.
 */
@Service
public class Organization {

    private final OrgSnapshots snapshots;

    Organization(OrgSnapshots snapshots) {
        this.snapshots = snapshots;
    }

    /** Every division, in code order (each parent before its children). */
    public List<Division> divisions() {
        return List.copyOf(state().divisions().values());
    }

    public List<Division> counties() {
        return state().divisions().values().stream().filter(d -> d.level() == DivisionLevel.COUNTY).toList();
    }

    public Optional<Division> division(String code) {
        return state().division(code);
    }

    /** The divisions one level below, in code order; empty for a village or an unknown code. */
    public List<Division> children(String code) {
        return state().divisions().values().stream().filter(d -> code != null && code.equals(d.parentCode())).toList();
    }

    /** From the county down to the division itself (for breadcrumbs); empty if unknown. */
    public List<Division> path(String code) {
        return state().path(code);
    }

    /**
     * Whether a unit lies within a scope. True when the codes are equal; when the scope is a division and the unit
     * is a division below it, or a department, venue, window or grid belonging to such a division; when the scope
     * is a venue and the unit one of its windows; when the scope is a department and the unit a 专窗 serving it.
     * Unknown codes are within nothing.
     */
    public boolean isWithin(String unitCode, String scopeCode) {
        Optional<OrgUnit> unit = unit(unitCode);
        Optional<OrgUnit> scope = unit(scopeCode);
        if (unit.isEmpty() || scope.isEmpty()) {
            return false;
        }
        if (unitCode.equals(scopeCode)) {
            return true;
        }
        OrgState s = state();
        return switch (scope.get().kind()) {
            case COUNTY, TOWNSHIP, VILLAGE -> s.divisionWithin(unit.get().divisionCode(), scopeCode);
            case VENUE -> unit.get().kind() == UnitKind.WINDOW && s.windows().get(unitCode).venueCode().equals(scopeCode);
            case DEPARTMENT -> unit.get().kind() == UnitKind.WINDOW
                    && scopeCode.equals(s.windows().get(unitCode).departmentCode());
            case WINDOW, GRID -> false;
        };
    }

    /**
     * The scope of a unit as sets a query can filter on; {@link #isWithin(String, String) isWithin(unit, scopeCode)}
     * is true exactly for the units it describes (a test checks every pair of the demo county).
     */
    public UnitScope scope(String scopeCode) {
        Optional<OrgUnit> scope = unit(scopeCode);
        if (scope.isEmpty()) {
            return UnitScope.nothing();
        }
        OrgState s = state();
        return switch (scope.get().kind()) {
            case COUNTY, TOWNSHIP, VILLAGE -> {
                java.util.Set<String> below = new java.util.HashSet<>();
                for (String code : s.divisions().keySet()) {
                    if (s.divisionWithin(code, scopeCode)) {
                        below.add(code);
                    }
                }
                yield new UnitScope(below.size() == s.divisions().size(), below, java.util.Set.of());
            }
            case VENUE, DEPARTMENT -> {
                java.util.Set<String> units = new java.util.HashSet<>();
                units.add(scopeCode);
                for (Window w : s.windows().values()) {
                    if (scopeCode.equals(w.venueCode()) || scopeCode.equals(w.departmentCode())) {
                        units.add(w.code());
                    }
                }
                yield new UnitScope(false, java.util.Set.of(), units);
            }
            case WINDOW, GRID -> new UnitScope(false, java.util.Set.of(), java.util.Set.of(scopeCode));
        };
    }

    /**
     * Every unit code within a scope, for tables that keep only unit codes (a case's accepting unit may be a
     * division, department or window): the units of {@link #scope(String)}, or every unit of its divisions. Check
     * {@link UnitScope#everything()} first: such a scope needs no filter.
     */
    public java.util.Set<String> unitsWithin(String scopeCode) {
        UnitScope scope = scope(scopeCode);
        if (scope.divisions().isEmpty()) {
            return scope.units();
        }
        OrgState s = state();
        java.util.Set<String> all = new java.util.HashSet<>();
        java.util.stream.Stream.of(s.divisions().keySet(), s.departments().keySet(), s.venues().keySet(),
                        s.windows().keySet(), s.grids().keySet())
                .flatMap(java.util.Set::stream)
                .filter(code -> unit(code).map(u -> scope.divisions().contains(u.divisionCode())).orElse(false))
                .forEach(all::add);
        return all;
    }

    /** Any unit by its code: a division, department, venue, window or grid. */
    public Optional<OrgUnit> unit(String code) {
        if (code == null) {
            return Optional.empty();
        }
        OrgState s = state();
        Division division = s.divisions().get(code);
        if (division != null) {
            return Optional.of(new OrgUnit(code, division.name(), UnitKind.of(division.level()), code));
        }
        Department department = s.departments().get(code);
        if (department != null) {
            return Optional.of(new OrgUnit(code, department.name(), UnitKind.DEPARTMENT, department.divisionCode()));
        }
        Venue venue = s.venues().get(code);
        if (venue != null) {
            return Optional.of(new OrgUnit(code, venue.name(), UnitKind.VENUE, venue.divisionCode()));
        }
        Window window = s.windows().get(code);
        if (window != null) {
            Venue at = s.venues().get(window.venueCode());
            return Optional.of(new OrgUnit(code, at.name() + " " + window.numberLabel() + "（" + window.name() + "）",
                    UnitKind.WINDOW, at.divisionCode()));
        }
        Grid grid = s.grids().get(code);
        if (grid != null) {
            return Optional.of(new OrgUnit(code, grid.name(), UnitKind.GRID, grid.villageCode()));
        }
        return Optional.empty();
    }

    /** The departments belonging to exactly this division. */
    public List<Department> departments(String divisionCode) {
        return state().departments().values().stream().filter(d -> d.divisionCode().equals(divisionCode)).toList();
    }

    public Optional<Department> department(String code) {
        return Optional.ofNullable(code == null ? null : state().departments().get(code));
    }

    /** The department whose 索引号 begin with this organ code. */
    public Optional<Department> departmentByOrganCode(String organCode) {
        return state().departments().values().stream().filter(d -> d.organCode().equals(organCode)).findFirst();
    }

    /** The venues of exactly this division. */
    public List<Venue> venues(String divisionCode) {
        return state().venues().values().stream().filter(v -> v.divisionCode().equals(divisionCode)).toList();
    }

    /** The venues of this division and every division below it, in code order. */
    public List<Venue> venuesWithin(String scopeCode) {
        OrgState s = state();
        return s.venues().values().stream().filter(v -> s.divisionWithin(v.divisionCode(), scopeCode)).toList();
    }

    public Optional<Venue> venue(String code) {
        return Optional.ofNullable(code == null ? null : state().venues().get(code));
    }

    /** The windows of a venue by number. */
    public List<Window> windows(String venueCode) {
        return state().windows().values().stream().filter(w -> w.venueCode().equals(venueCode))
                .sorted(Comparator.comparingInt(Window::number)).toList();
    }

    public Optional<Window> window(String code) {
        return Optional.ofNullable(code == null ? null : state().windows().get(code));
    }

    /** The grids of a village or community. */
    public List<Grid> grids(String villageCode) {
        return state().grids().values().stream().filter(g -> g.villageCode().equals(villageCode)).toList();
    }

    public Optional<Grid> grid(String code) {
        return Optional.ofNullable(code == null ? null : state().grids().get(code));
    }

    /** The workers of a grid; show their {@link GridWorker#maskedPhone()}, never the phone itself. */
    public List<GridWorker> gridWorkers(String gridCode) {
        return state().workers().values().stream().filter(w -> w.gridCode().equals(gridCode)).toList();
    }

    public Optional<GridWorker> gridWorker(String code) {
        return Optional.ofNullable(code == null ? null : state().workers().get(code));
    }

    private OrgState state() {
        return snapshots.current();
    }
}
