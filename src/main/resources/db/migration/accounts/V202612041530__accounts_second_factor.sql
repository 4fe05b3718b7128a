-- Staff sign in with a second factor: a one-time code from an authenticator app (RFC 6238), enrolled at the first
-- sign-in. The last accepted time step is kept so that a code is accepted once only (RFC 6238 section 5.2).
alter table accounts_staff add column totp_secret varchar(64);
alter table accounts_staff add column totp_last_step bigint;
-- Single-use recovery codes for a lost phone, kept as SHA-256 hashes.
create table accounts_recovery_code (
    staff_id  uuid        not null references accounts_staff (id) on delete cascade,
    code_hash char(64)    not null,
    used_at   timestamptz,
    primary key (staff_id, code_hash)
);
