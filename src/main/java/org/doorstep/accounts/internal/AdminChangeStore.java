package org.doorstep.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Administrator account changes waiting for a second administrator's review. */
@Repository
public class AdminChangeStore {

    public record ChangeRow(UUID id, String kind, String targetUsername, String targetUnit, String targetRoles,
            String displayName, String passwordHash, String requestedBy, Instant requestedAt, String state,
            String decidedBy, Instant decidedAt) {
    }

    private final JdbcClient jdbc;

    AdminChangeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Files a change; false when one of that kind is already open for the account. */
    public boolean file(ChangeRow c) {
        return jdbc.sql("""
                insert into accounts_admin_change (id, kind, target_username, target_unit, target_roles, display_name,
                    password_hash, requested_by, requested_at, state)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')
                on conflict (target_username, kind) where state = 'PENDING' do nothing""")
                .params(c.id(), c.kind(), c.targetUsername(), c.targetUnit(), c.targetRoles(), c.displayName(),
                        c.passwordHash(), c.requestedBy(), Timestamp.from(c.requestedAt()))
                .update() == 1;
    }

    /** The open changes, oldest first. */
    public List<ChangeRow> open() {
        return jdbc.sql("select * from accounts_admin_change where state = 'PENDING' order by requested_at, id")
                .query(this::row).list();
    }

    /** The open change, locked until the deciding transaction ends, so that it is decided once. */
    public Optional<ChangeRow> openForDecision(UUID id) {
        return jdbc.sql("select * from accounts_admin_change where id = ? and state = 'PENDING' for update")
                .param(id).query(this::row).optional();
    }

    public void decide(UUID id, String state, String by, Instant at) {
        jdbc.sql("""
                update accounts_admin_change set state = ?, decided_by = ?, decided_at = ?, password_hash = null
                where id = ?""").params(state, by, Timestamp.from(at), id).update();
    }

    private ChangeRow row(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ChangeRow(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("target_username"),
                rs.getString("target_unit"), rs.getString("target_roles"), rs.getString("display_name"),
                rs.getString("password_hash"), rs.getString("requested_by"), rs.getTimestamp("requested_at")
                        .toInstant(),
                rs.getString("state"), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
    }
}
