-- Counters of fixed time windows shared by every node (one-time codes, anonymous submissions). The key is a SHA-256
-- of what is counted (it may hold a mobile number or a client address), never the value itself.
create table platform_rate_limit (
    key_hash     char(64)    not null,
    window_start timestamptz not null,
    expires_at   timestamptz not null,
    hits         integer     not null,
    primary key (key_hash, window_start)
);
create index platform_rate_limit_expiry on platform_rate_limit (expires_at);
