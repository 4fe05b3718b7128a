-- Failed sign-ins per client address: past a few, each further attempt from that address must wait longer, so one
-- address cannot lock account after account (or guess on) at full speed.
create table accounts_sign_in_source (
    source          varchar(64) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    -- Claimed atomically by the attempt that may go ahead, so parallel attempts cannot share one slot.
    next_attempt_at timestamptz
);
-- Clients that have signed in to an account before (a random token in a cookie, stored hashed): the account stays
-- usable from them while strangers have locked it. Each such client has its own failure count.
create table accounts_known_device (
    token_hash   char(64)    primary key,
    login        varchar(60) not null,
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);
create index accounts_known_device_login on accounts_known_device (login);
