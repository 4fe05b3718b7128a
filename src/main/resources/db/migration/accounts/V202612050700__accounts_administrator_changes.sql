-- 三员分立 with a second pair of eyes: creating an account with an administrator role, or resetting an
-- administrator's password or authenticator, waits for another administrator (neither the one who asked nor the
-- account's holder) to approve it, so that no single administrator can take over another's account.
create table accounts_admin_change (
    id              uuid primary key,
    kind            varchar(30)  not null check (kind in ('CREATE', 'PASSWORD_RESET', 'SECOND_FACTOR_RESET')),
    target_username varchar(40)  not null,
    target_unit     varchar(40)  not null,
    target_roles    varchar(200) not null,
    display_name    varchar(60),
    -- bcrypt hash of the password the requester set (CREATE, PASSWORD_RESET); never the password
    password_hash   varchar(200),
    requested_by    varchar(40)  not null,
    requested_at    timestamptz  not null,
    state           varchar(10)  not null check (state in ('PENDING', 'APPROVED', 'REJECTED')),
    decided_by      varchar(40),
    decided_at      timestamptz,
    check ((state = 'PENDING') = (decided_by is null))
);
-- One open request per account and kind.
create unique index accounts_admin_change_open on accounts_admin_change (target_username, kind)
    where state = 'PENDING';
