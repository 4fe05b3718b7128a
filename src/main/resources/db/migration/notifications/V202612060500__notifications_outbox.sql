-- The notification outbox: one row per message and channel, written in the transaction of the step it tells of, and
-- every delivery attempt. 站内信 rows are the inbox itself.
create table notifications_message (
    id              bigserial primary key,
    message_key     text        not null unique,
    channel         text        not null,
    recipient       text        not null,
    template        text        not null,
    subject         text        not null,
    body            text        not null,
    link            text,
    unit_code       text,
    reference       text,
    state           text        not null,
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null,
    claimed_until   timestamptz,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    last_error      text,
    read_at         timestamptz
);
-- The worker's claim: due pending rows, oldest first.
create index notifications_message_due on notifications_message (next_attempt_at) where state = 'PENDING';
-- A citizen's inbox, newest first, and its unread count.
create index notifications_message_inbox on notifications_message (recipient, id desc) where channel = 'PORTAL';
-- The officers' list: their units' messages, newest first, by state.
create index notifications_message_unit on notifications_message (unit_code, state, id desc);

create table notifications_attempt (
    id         bigserial primary key,
    message_id bigint      not null references notifications_message (id),
    at         timestamptz not null,
    outcome    text        not null,
    detail     text
);
create index notifications_attempt_message on notifications_attempt (message_id, id);

-- The e-mail address a signed-in citizen asked to be told at (set in the inbox); never a password or a secret.
create table notifications_contact (
    login      text primary key,
    email      text        not null,
    updated_at timestamptz not null
);
