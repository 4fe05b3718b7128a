-- One-time SMS codes (6 digits, 5 minutes, 5 tries). Only a bcrypt hash of the code is kept; a newer code for the
-- same number and purpose replaces the older one.
create table accounts_verification_code (
    id         uuid primary key,
    mobile     varchar(11) not null,
    purpose    varchar(20) not null check (purpose in ('REGISTER', 'RESET_PASSWORD', 'ANONYMOUS_FORM')),
    code_hash  varchar(100) not null,
    created_at timestamptz not null,
    expires_at timestamptz not null,
    tries      integer     not null default 0,
    used_at    timestamptz
);
create index accounts_verification_code_mobile on accounts_verification_code (mobile, purpose);
