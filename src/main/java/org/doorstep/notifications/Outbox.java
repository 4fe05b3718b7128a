package org.doorstep.notifications;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.doorstep.notifications.internal.Messages;
import org.doorstep.notifications.internal.NotificationsProperties;
import org.doorstep.platform.InvalidInputException;
import org.doorstep.platform.ListPage;
import org.doorstep.platform.Masking;
import org.doorstep.platform.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's facade: delivery of due messages with retries, the officers' view of every message and its attempts,
 * and a citizen's 站内信 inbox.
 */
@Service
public class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** Messages claimed per round. */
    /** Messages claimed at a time: few enough that one lease covers sending them all at the slowest gateway. */
    private static final int BATCH = 10;
    /** Rounds in one call, so that a backlog does not hold the scheduler. */
    private static final int MAX_ROUNDS = 50;

    private final Messages messages;
    private final Map<Channel, Sender> senders = new EnumMap<>(Channel.class);
    private final NotificationsProperties settings;
    private final Clock clock;

    Outbox(Messages messages, List<Sender> senders, NotificationsProperties settings, Clock clock) {
        this.messages = messages;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The port to one delivery channel; adapters live in {@code internal}. An adapter delivers the message or throws
     * with the gateway's answer.
     */
    public interface Sender {
        Channel channel();

        /** Whether the channel can deliver here at all; a channel that cannot gets no outbox rows. */
        boolean configured();

        /** Delivers the message; returns a note for the attempt (e.g. that it only went to the log), or null. */
        String send(Message m) throws Exception;
    }

    public boolean channelConfigured(Channel c) {
        Sender s = senders.get(c);
        return c == Channel.PORTAL || (s != null && s.configured());
    }

    /**
     * Delivers everything due now, a batch at a time, and returns how many were attempted. Each message is claimed for a
     * lease, sent outside any transaction, and its outcome recorded: a crash between sending and recording sends it
     * again when the lease ends (at least once; the key lets a gateway drop the repeat).
     */
    public int deliverDue() {
        int attempted = 0;
        List<Message> due;
        int rounds = 0;
        do {
            var now = clock.instant();
            // the lease is the claim's token, compared for equality: as PostgreSQL stores it (microseconds)
            var lease = now.plus(Message.LEASE).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            due = messages.claimDue(now, lease, BATCH);
            due.forEach(m -> deliver(m, lease));
            attempted += due.size();
        } while (due.size() == BATCH && ++rounds < MAX_ROUNDS);
        return attempted;
    }

    /** Sends one claimed message and records the outcome, unless another worker took it over (the lease ended). */
    private void deliver(Message m, java.time.Instant lease) {
        Sender sender = senders.get(m.channel());
        String note;
        try {
            if (sender == null || !sender.configured()) {
                throw new IllegalStateException(m.channel().label() + "通道未配置");
            }
            note = sender.send(m);
        } catch (Exception e) {
            // a gateway's or mail server's answer may name the recipient: never keep or show it in clear
            String error = Masking.maskEmails(Masking.maskAll(
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            Message next = m.failed(error, clock.instant(), settings.policy());
            messages.record(next, lease, clock.instant(),
                    next.state() == MessageState.GAVE_UP ? "失败，已放弃" : "失败，将重试", next.lastError());
            if (next.state() == MessageState.GAVE_UP) {
                LOG.warn("notification {} by {} gave up after {} attempts: {}", m.id(), m.channel(), next.attempts(),
                        next.lastError());
            }
            return;
        }
        messages.record(m.sent(clock.instant()), lease, clock.instant(), "已发送", note);
    }

    // ---- officers

    /** Messages of matters in the given units (null: every unit), newest first; 站内信 are not listed. */
    public ListPage<Message> messages(Collection<String> units, MessageState state, int page) {
        String[] scope = units == null ? null : units.toArray(String[]::new);
        List<Message> rows = messages.inUnits(scope, state, ListPage.SIZE + 1, ListPage.offset(page, ListPage.SIZE));
        return ListPage.of(rows, page, ListPage.SIZE, messages.countInUnits(scope, state, ListPage.COUNT_CAP + 1));
    }

    /** Every attempt of the given messages, by message id, read in one query. */
    public Map<Long, List<DeliveryAttempt>> attempts(List<Long> messageIds) {
        return messages.attempts(messageIds);
    }

    /** An officer sends a message that gave up once more; only within their units (null: every unit). */
    @Transactional
    public Message resend(long id, Collection<String> units) {
        Message m = messages.byId(id).filter(x -> x.channel() != Channel.PORTAL)
                .filter(x -> units == null || units.contains(x.unitCode()))
                .orElseThrow(() -> new NotFoundException("没有这条通知，或它不在您的办理范围内"));
        Message again = m.resent(clock.instant());
        if (!messages.resend(again)) {
            throw new org.doorstep.platform.ConflictException("该通知已重新发送，请刷新后查看");
        }
        return again;
    }

    // ---- a citizen's inbox

    /** The citizen's 站内信, newest first; the page's unread messages are marked read as they are shown. */
    @Transactional
    public ListPage<Message> inbox(String login, int page) {
        List<Message> rows = messages.inbox(login, ListPage.SIZE + 1, ListPage.offset(page, ListPage.SIZE));
        ListPage<Message> p = ListPage.of(rows, page, ListPage.SIZE,
                messages.countInbox(login, ListPage.COUNT_CAP + 1));
        messages.markRead(login, p.items().stream().filter(m -> m.readAt() == null).map(Message::id).toList(),
                clock.instant());
        return p;
    }

    public long unread(String login) {
        return messages.unread(login);
    }

    public String emailOf(String login) {
        return messages.emailOf(login).orElse(null);
    }

    /** Where the citizen wants to be told by e-mail; blank stops e-mail. */
    @Transactional
    public void saveEmail(String login, String email) {
        String e = email == null ? "" : email.strip();
        if (!e.isEmpty() && (e.length() > 200 || !e.matches("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"))) {
            throw new InvalidInputException("email", "请填写有效的电子邮箱地址，例如 name@example.com");
        }
        messages.saveEmail(login, e.isEmpty() ? null : e, clock.instant());
    }
}
