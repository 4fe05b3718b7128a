-- 办件: one application for one service item, and 一件事 applications that group several sub-cases.
create sequence cases_serial;

create table cases_bundle_application (
    id              bigserial primary key,
    number          text        not null unique,
    query_code      text        not null,
    bundle_code     text        not null,
    bundle_name     text        not null,
    applicant_kind  text        not null,
    applicant_name  text        not null,
    applicant_id    text,
    applicant_phone text        not null,
    applicant_login text,
    facts           jsonb       not null default '{}',
    submitted_at    timestamptz not null,
    completed_at    timestamptz,
    result_notice   text
);

create table cases_case (
    id                  bigserial primary key,
    number              text        not null unique,
    query_code          text        not null,
    item_code           text        not null,
    item_name           text        not null,
    department_code     text        not null,
    channel             text        not null,
    applicant_kind      text        not null,
    applicant_name      text        not null,
    applicant_id        text,
    applicant_phone     text        not null,
    applicant_login     text,
    accepting_unit      text        not null,
    responsible_login   text,
    responsible_name    text,
    responsible_unit    text,
    state               text        not null,
    resume_state        text,
    promised_days       int         not null,
    delivery            text,
    tracking_number     text,
    reason              text,
    bundle_id           bigint references cases_bundle_application (id),
    submitted_at        timestamptz not null,
    dispatched_at       timestamptz,
    closed_at           timestamptz,
    version             int         not null default 0
);
create index cases_case_login on cases_case (applicant_login);
create index cases_case_accepting on cases_case (accepting_unit);
create index cases_case_department on cases_case (department_code);
create index cases_case_bundle on cases_case (bundle_id);

create table cases_material (
    id           bigserial primary key,
    case_id      bigint      not null references cases_case (id),
    name         text        not null,
    sha256       text,
    file_name    text,
    file_type    text,
    size_bytes   bigint,
    paper        boolean     not null default false,
    given_at     timestamptz not null
);
create index cases_material_case on cases_material (case_id);

create table cases_step (
    id          bigserial primary key,
    case_id     bigint      not null references cases_case (id),
    at          timestamptz not null,
    actor       text        not null,
    actor_unit  text,
    action      text        not null,
    label       text        not null,
    note        text
);
create index cases_step_case on cases_step (case_id);

create table cases_notice (
    id          bigserial primary key,
    case_id     bigint      not null references cases_case (id),
    issued_at   timestamptz not null,
    issued_by   text        not null,
    materials   jsonb       not null,
    note        text,
    resolved_at timestamptz
);
create index cases_notice_case on cases_notice (case_id);
