-- Electronic certificates (电子证照). Rows are never deleted: a withdrawn certificate is revoked, so a code that once
-- verified keeps answering, with its true status.
create sequence certificates_serial;

create table certificates_certificate (
    id                bigint primary key default nextval('certificates_serial'),
    number            varchar(64)  not null unique,
    type              varchar(100) not null,
    holder_name       varchar(200) not null,
    holder_id_number  varchar(18)  not null,
    issuer_code       varchar(40)  not null,
    issuer_name       varchar(200) not null,
    issued_on         date         not null,
    valid_from        date         not null,
    valid_until       date,
    verification_code char(16)     not null unique,
    source_reference  varchar(64),
    revoked_on        date,
    revoke_reason     varchar(500),
    created_at        timestamptz  not null default now(),
    constraint certificates_validity check (valid_until is null or valid_until >= valid_from)
);

create index certificates_by_holder on certificates_certificate (holder_id_number, type);
create index certificates_by_source on certificates_certificate (source_reference);
