package org.doorstep.organization.internal;

import org.doorstep.organization.Department;
import org.doorstep.organization.Division;
import org.doorstep.organization.DivisionLevel;
import org.doorstep.organization.Grid;
import org.doorstep.organization.GridWorker;
import org.doorstep.organization.Venue;
import org.doorstep.organization.VenueLevel;
import org.doorstep.organization.Window;
import org.doorstep.organization.WindowKind;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organization tables. The whole organisation of a county is small, so it is always read in one go. */
@Repository
public class OrganizationStore {

    private final JdbcClient jdbc;

    private final PersonalData sealed;

    public OrganizationStore(JdbcClient jdbc, PersonalData sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    /** Serialises every change to the organisation, so validation and writing see the same state. */
    void lockForChange() {
        jdbc.sql("select pg_advisory_xact_lock(20261123, 300)").query().singleValue();
    }

    public OrgState loadAll() {
        OrgState state = new OrgState();
        jdbc.sql("select code, name, level, urban, parent_code from organization_division")
                .query((rs, n) -> new Division(rs.getString("code"), rs.getString("name"),
                        DivisionLevel.valueOf(rs.getString("level")), rs.getBoolean("urban"), rs.getString("parent_code")))
                .list().forEach(d -> state.put(RecordKind.DIVISION, d.code(), d));
        jdbc.sql("select code, division_code, short_code, name, organ_code from organization_department")
                .query((rs, n) -> new Department(rs.getString("code"), rs.getString("division_code"),
                        rs.getString("short_code"), rs.getString("name"), rs.getString("organ_code")))
                .list().forEach(d -> state.put(RecordKind.DEPARTMENT, d.code(), d));
        jdbc.sql("""
                select code, division_code, short_code, level, name, address, opening_hours, phone
                from organization_venue""")
                .query((rs, n) -> new Venue(rs.getString("code"), rs.getString("division_code"),
                        rs.getString("short_code"), VenueLevel.valueOf(rs.getString("level")), rs.getString("name"),
                        rs.getString("address"), rs.getString("opening_hours"), rs.getString("phone")))
                .list().forEach(v -> state.put(RecordKind.VENUE, v.code(), v));
        jdbc.sql("select code, venue_code, number, name, kind, department_code from organization_window")
                .query((rs, n) -> new Window(rs.getString("code"), rs.getString("venue_code"), rs.getInt("number"),
                        rs.getString("name"), WindowKind.valueOf(rs.getString("kind")), rs.getString("department_code")))
                .list().forEach(w -> state.put(RecordKind.WINDOW, w.code(), w));
        jdbc.sql("select code, name, village_code from organization_grid")
                .query((rs, n) -> new Grid(rs.getString("code"), rs.getString("name"), rs.getString("village_code")))
                .list().forEach(g -> state.put(RecordKind.GRID, g.code(), g));
        jdbc.sql("select code, grid_code, seq, name, phone from organization_grid_worker")
                .query((rs, n) -> new GridWorker(rs.getString("code"), rs.getString("grid_code"), rs.getInt("seq"),
                        rs.getString("name"), sealed.open(Kind.PHONE, rs.getString("phone"))))
                .list().forEach(w -> state.put(RecordKind.GRID_WORKER, w.code(), w));
        return state;
    }

    void upsert(Division d) {
        jdbc.sql("""
                insert into organization_division (code, name, level, urban, parent_code) values (?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, level = excluded.level, urban = excluded.urban,
                    parent_code = excluded.parent_code, updated_at = now()""")
                .params(d.code(), d.name(), d.level().name(), d.urban(), d.parentCode()).update();
    }

    void upsert(Department d) {
        jdbc.sql("""
                insert into organization_department (code, division_code, short_code, name, organ_code)
                values (?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, organ_code = excluded.organ_code,
                    updated_at = now()""")
                .params(d.code(), d.divisionCode(), d.shortCode(), d.name(), d.organCode()).update();
    }

    void upsert(Venue v) {
        jdbc.sql("""
                insert into organization_venue (code, division_code, short_code, level, name, address, opening_hours, phone)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (code) do update set level = excluded.level, name = excluded.name,
                    address = excluded.address, opening_hours = excluded.opening_hours, phone = excluded.phone,
                    updated_at = now()""")
                .params(v.code(), v.divisionCode(), v.shortCode(), v.level().name(), v.name(), v.address(),
                        v.openingHours(), v.phone()).update();
    }

    void upsert(Window w) {
        jdbc.sql("""
                insert into organization_window (code, venue_code, number, name, kind, department_code)
                values (?, ?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, kind = excluded.kind,
                    department_code = excluded.department_code, updated_at = now()""")
                .params(w.code(), w.venueCode(), w.number(), w.name(), w.kind().name(), w.departmentCode()).update();
    }

    void upsert(Grid g) {
        jdbc.sql("""
                insert into organization_grid (code, name, village_code) values (?, ?, ?)
                on conflict (code) do update set name = excluded.name, updated_at = now()""")
                .params(g.code(), g.name(), g.villageCode()).update();
    }

    void upsert(GridWorker w) {
        jdbc.sql("""
                insert into organization_grid_worker (code, grid_code, seq, name, phone) values (?, ?, ?, ?, ?)
                on conflict (code) do update set name = excluded.name, phone = excluded.phone, updated_at = now()""")
                .params(w.code(), w.gridCode(), w.seq(), w.name(), sealed.seal(Kind.PHONE, w.phone())).update();
    }
}
