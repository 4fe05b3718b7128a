-- Failed public lookups by number and query code (依申请公开, 点题), per client and per number, shared by every node.
-- The key is a keyed hash of what is counted (it may hold a client address); a row lives for one 15-minute window.
create table platform_lookup_failure (
    key_hash     char(64)    primary key,
    failures     integer     not null,
    window_start timestamptz not null
);
create index platform_lookup_failure_window on platform_lookup_failure (window_start);
