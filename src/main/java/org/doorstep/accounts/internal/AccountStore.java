package org.doorstep.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.doorstep.accounts.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts tables. */
@Repository
public class AccountStore {

    public record StaffRow(UUID id, String username, String displayName, String passwordHash, String unitCode,
            boolean enabled, Set<Role> roles) {
    }

    public record CitizenRow(UUID id, String kind, String mobile, String name, String idNumber, String creditCode,
            String contactName, String passwordHash) {
    }

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffRow> staffByUsername(String username) {
        return staff("where s.username = ?", username).stream().findFirst();
    }

    public Optional<StaffRow> staffById(UUID id) {
        return staff("where s.id = ?", id).stream().findFirst();
    }

    public List<StaffRow> allStaff() {
        return staff("");
    }

    private List<StaffRow> staff(String where, Object... params) {
        return jdbc.sql("""
                select s.*, coalesce(string_agg(r.role, ',' order by r.role), '') as roles
                from accounts_staff s left join accounts_staff_role r on r.staff_id = s.id
                """ + where + " group by s.id order by s.unit_code, s.username")
                .params(params).query(this::staffRow).list();
    }

    private StaffRow staffRow(ResultSet rs, int n) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : rs.getString("roles").split(",")) {
            if (!r.isEmpty()) {
                roles.add(Role.valueOf(r));
            }
        }
        return new StaffRow(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getString("unit_code"), rs.getBoolean("enabled"), roles);
    }

    public void insertStaff(StaffRow s) {
        jdbc.sql("""
                insert into accounts_staff (id, username, display_name, password_hash, unit_code, enabled)
                values (?, ?, ?, ?, ?, ?)""")
                .params(s.id(), s.username(), s.displayName(), s.passwordHash(), s.unitCode(), s.enabled()).update();
        for (Role role : s.roles()) {
            jdbc.sql("insert into accounts_staff_role (staff_id, role) values (?, ?)").params(s.id(), role.name()).update();
        }
    }

    public void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update accounts_staff set enabled = ? where id = ?").params(enabled, id).update();
    }

    public void setStaffPassword(UUID id, String hash) {
        jdbc.sql("update accounts_staff set password_hash = ? where id = ?").params(hash, id).update();
    }

    public void setCitizenPassword(String mobile, String hash) {
        jdbc.sql("update accounts_citizen set password_hash = ? where mobile = ?").params(hash, mobile).update();
    }

    public Optional<CitizenRow> citizenByMobile(String mobile) {
        return jdbc.sql("select * from accounts_citizen where mobile = ?").param(mobile)
                .query((rs, n) -> new CitizenRow(rs.getObject("id", UUID.class), rs.getString("kind"),
                        rs.getString("mobile"), rs.getString("name"), rs.getString("id_number"),
                        rs.getString("credit_code"), rs.getString("contact_name"), rs.getString("password_hash")))
                .optional();
    }

    /** Ends every session of the account (a staff user name or a citizen's mobile number) at its next request. */
    public void endSessions(String login) {
        jdbc.sql("update accounts_staff set session_version = session_version + 1 where username = ?").param(login)
                .update();
        jdbc.sql("update accounts_citizen set session_version = session_version + 1 where mobile = ?").param(login)
                .update();
    }

    /** The account's current session version, or empty when it is gone or (staff) disabled. */
    public Optional<Integer> liveSessionVersion(String login) {
        return jdbc.sql("""
                select session_version from accounts_staff where username = :login and enabled
                union all
                select session_version from accounts_citizen where mobile = :login""")
                .param("login", login).query(Integer.class).optional();
    }

    public boolean creditCodeTaken(String creditCode) {
        return jdbc.sql("select count(*) from accounts_citizen where credit_code = ?").param(creditCode)
                .query(Integer.class).single() > 0;
    }

    public void insertCitizen(CitizenRow c) {
        jdbc.sql("""
                insert into accounts_citizen (id, kind, mobile, name, id_number, credit_code, contact_name, password_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.kind(), c.mobile(), c.name(), c.idNumber(), c.creditCode(), c.contactName(),
                        c.passwordHash())
                .update();
    }
}
