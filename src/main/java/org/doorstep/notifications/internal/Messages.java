package org.doorstep.notifications.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.doorstep.notifications.Channel;
import org.doorstep.notifications.DeliveryAttempt;
import org.doorstep.notifications.Message;
import org.doorstep.notifications.MessageState;
import org.doorstep.notifications.MessageTemplate;
import org.doorstep.platform.PersonalData;
import org.doorstep.platform.PersonalData.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The outbox's messages and attempts. Hand-written SQL because the claim must be exact: {@code FOR UPDATE SKIP
 * LOCKED} lets several workers (nodes) take disjoint rows without waiting for each other.
 */
@Repository
public class Messages {

    private static final String COLUMNS = """
            id, message_key, channel, recipient, template, subject, body, link, unit_code, reference, state, attempts,
            next_attempt_at, created_at, sent_at, last_error, read_at""";

    private final JdbcClient jdbc;
    private final PersonalData sealed;

    Messages(JdbcClient jdbc, PersonalData sealed) {
        this.jdbc = jdbc;
        this.sealed = sealed;
    }

    /** Writes a message unless one with its key exists (the same step told twice); true when written. */
    public boolean add(Message m) {
        return jdbc.sql("""
                insert into notifications_message (message_key, channel, recipient, template, subject, body, link,
                    unit_code, reference, state, attempts, next_attempt_at, created_at, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)
                on conflict (message_key) do nothing""")
                .params(m.key(), m.channel().name(), seal(m.channel(), m.recipient()), m.template().name(), m.subject(),
                        m.text(), m.link(), m.unitCode(), m.reference(), m.state().name(), ts(m.nextAttemptAt()),
                        ts(m.createdAt()), ts(m.sentAt()))
                .update() == 1;
    }

    /**
     * Claims up to {@code limit} due pending messages for one worker until {@code leaseUntil}: a worker that dies
     * leaves them to be claimed again when the lease ends (at-least-once).
     */
    public List<Message> claimDue(Instant now, Instant leaseUntil, int limit) {
        return jdbc.sql("""
                update notifications_message set claimed_until = ?
                where id in (select id from notifications_message
                             where state = 'PENDING' and next_attempt_at <= ?
                               and (claimed_until is null or claimed_until < ?)
                             order by next_attempt_at, id limit ? for update skip locked)
                returning\s""" + COLUMNS)
                .params(ts(leaseUntil), ts(now), ts(now), limit).query(this::row).list();
    }

    /**
     * Stores the outcome of one attempt and the attempt itself, and releases the claim; nothing when the lease is no
     * longer this worker's (it ran out and another worker claimed the message), so a late answer cannot undo theirs.
     */
    public boolean record(Message m, Instant lease, Instant at, String outcome, String detail) {
        int updated = jdbc.sql("""
                update notifications_message set state = ?, attempts = ?, next_attempt_at = ?, sent_at = ?,
                    last_error = ?, claimed_until = null where id = ? and state = 'PENDING' and claimed_until = ?""")
                .params(m.state().name(), m.attempts(), ts(m.nextAttemptAt()), ts(m.sentAt()), m.lastError(), m.id(),
                        ts(lease))
                .update();
        if (updated == 1) {
            jdbc.sql("insert into notifications_attempt (message_id, at, outcome, detail) values (?, ?, ?, ?)")
                    .params(m.id(), ts(at), outcome, detail).update();
        }
        return updated == 1;
    }

    /** Only a message that gave up is queued again; false when someone did it first. */
    public boolean resend(Message m) {
        return jdbc.sql("update notifications_message set state = ?, attempts = 0, next_attempt_at = ?, "
                + "claimed_until = null where id = ? and state = 'GAVE_UP'")
                .params(m.state().name(), ts(m.nextAttemptAt()), m.id()).update() == 1;
    }

    public Optional<Message> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from notifications_message where id = ?").param(id)
                .query(this::row).optional();
    }

    /** A unit scope's messages, newest first; {@code units} null: every unit. */
    public List<Message> inUnits(String[] units, MessageState state, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from notifications_message where (cast(? as text[]) is null or "
                        + "unit_code = any(?)) and (cast(? as text) is null or state = ?) and channel <> 'PORTAL' "
                        + "order by id desc limit ? offset ?")
                .params(units, units, state == null ? null : state.name(), state == null ? null : state.name(),
                        limit, offset)
                .query(this::row).list();
    }

    public long countInUnits(String[] units, MessageState state, int cap) {
        return jdbc.sql("select count(*) from (select 1 from notifications_message where (cast(? as text[]) is null "
                        + "or unit_code = any(?)) and (cast(? as text) is null or state = ?) and channel <> 'PORTAL' "
                        + "limit ?) capped")
                .params(units, units, state == null ? null : state.name(), state == null ? null : state.name(), cap)
                .query(Long.class).single();
    }

    /** The attempts of several messages in one query, each message's in order. */
    public Map<Long, List<DeliveryAttempt>> attempts(List<Long> messageIds) {
        Map<Long, List<DeliveryAttempt>> out = new LinkedHashMap<>();
        messageIds.forEach(id -> out.put(id, new ArrayList<>()));
        if (messageIds.isEmpty()) {
            return out;
        }
        jdbc.sql("select message_id, at, outcome, detail from notifications_attempt where message_id = any(?) "
                        + "order by message_id, id")
                .param(messageIds.toArray(Long[]::new))
                .query(rs -> {
                    out.get(rs.getLong(1)).add(new DeliveryAttempt(rs.getTimestamp(2).toInstant(), rs.getString(3),
                            rs.getString(4)));
                });
        return out;
    }

    /** A citizen's 站内信, newest first. */
    public List<Message> inbox(String login, int limit, long offset) {
        return jdbc.sql("select " + COLUMNS + " from notifications_message where channel = 'PORTAL' and recipient = ? "
                + "order by id desc limit ? offset ?").params(login, limit, offset).query(this::row).list();
    }

    public long countInbox(String login, int cap) {
        return jdbc.sql("select count(*) from (select 1 from notifications_message where channel = 'PORTAL' "
                + "and recipient = ? limit ?) capped").params(login, cap).query(Long.class).single();
    }

    public long unread(String login) {
        return jdbc.sql("select count(*) from notifications_message where channel = 'PORTAL' and recipient = ? "
                + "and read_at is null").param(login).query(Long.class).single();
    }

    public void markRead(String login, List<Long> ids, Instant at) {
        if (!ids.isEmpty()) {
            jdbc.sql("update notifications_message set read_at = ? where channel = 'PORTAL' and recipient = ? "
                    + "and read_at is null and id = any(?)").params(ts(at), login, ids.toArray(Long[]::new)).update();
        }
    }

    public Optional<String> emailOf(String login) {
        return jdbc.sql("select email from notifications_contact where login = ?").param(login).query(String.class)
                .optional().map(e -> sealed.open(Kind.EMAIL, e));
    }

    public void saveEmail(String login, String email, Instant at) {
        if (email == null) {
            jdbc.sql("delete from notifications_contact where login = ?").param(login).update();
            return;
        }
        jdbc.sql("""
                insert into notifications_contact (login, email, updated_at) values (?, ?, ?)
                on conflict (login) do update set email = excluded.email, updated_at = excluded.updated_at""")
                .params(login, sealed.seal(Kind.EMAIL, email), ts(at)).update();
    }

    /** Mobile numbers and e-mail addresses are sealed at rest; a 站内信's recipient is an account login. */
    private String seal(Channel c, String recipient) {
        return switch (c) {
            case SMS -> sealed.seal(Kind.PHONE, recipient);
            case EMAIL -> sealed.seal(Kind.EMAIL, recipient);
            case PORTAL -> recipient;
        };
    }

    private String open(Channel c, String stored) {
        return switch (c) {
            case SMS -> sealed.open(Kind.PHONE, stored);
            case EMAIL -> sealed.open(Kind.EMAIL, stored);
            case PORTAL -> stored;
        };
    }

    private Message row(ResultSet rs, int n) throws SQLException {
        Channel channel = Channel.valueOf(rs.getString("channel"));
        return new Message(rs.getLong("id"), rs.getString("message_key"), channel,
                open(channel, rs.getString("recipient")), MessageTemplate.valueOf(rs.getString("template")), rs.getString("subject"),
                rs.getString("body"), rs.getString("link"), rs.getString("unit_code"), rs.getString("reference"),
                MessageState.valueOf(rs.getString("state")), rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")), instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("sent_at")), rs.getString("last_error"), instant(rs.getTimestamp("read_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }
}
