-- Every due date a calendar change moved, so that the officers see what moved (issue 12 item 1). moved_at is the
-- changing transaction's start: the moves of one change share it.
create table calendar_clock_move (
    id           bigserial primary key,
    moved_at     timestamptz not null default now(),
    cause        text not null,
    owner        text not null,
    reference    text not null,
    previous_due date not null,
    new_due      date not null
);
create index calendar_clock_move_at on calendar_clock_move (moved_at desc, id desc);
