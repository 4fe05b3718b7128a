-- Staff accounts: each scoped to one organisation unit (a division code or a department code) and its descendants.
create table accounts_staff (
    id            uuid primary key,
    username      varchar(40)  not null unique,
    display_name  varchar(60)  not null,
    password_hash varchar(200) not null,
    unit_code     varchar(40)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);
create table accounts_staff_role (
    staff_id uuid        not null references accounts_staff (id) on delete cascade,
    role     varchar(40) not null,
    primary key (staff_id, role)
);
-- Citizens and firms sign in with their mobile number.
create table accounts_citizen (
    id            uuid primary key,
    kind          varchar(10)  not null check (kind in ('PERSON', 'FIRM')),
    mobile        varchar(11)  not null unique,
    name          varchar(100) not null,
    id_number     varchar(18),
    credit_code   varchar(18),
    contact_name  varchar(60),
    password_hash varchar(200) not null,
    created_at    timestamptz  not null default now(),
    check ((kind = 'PERSON' and id_number is not null) or (kind = 'FIRM' and credit_code is not null))
);
create unique index accounts_citizen_firm on accounts_citizen (credit_code) where credit_code is not null;
-- Failed sign-ins per login name (staff user name or mobile), for the lockout.
create table accounts_sign_in (
    login           varchar(60) primary key,
    failed_attempts integer     not null default 0,
    locked_until    timestamptz,
    last_failure_at timestamptz
);
