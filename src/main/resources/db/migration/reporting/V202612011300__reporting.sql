-- 政府信息公开工作年度报告: one report per government and year; its figures frozen when it goes to review.

create table reporting_report (
    id                bigserial primary key,
    division_code     varchar(12)  not null,
    year              int          not null,
    narrative         jsonb        not null default '{}',
    -- Figures the platform cannot know, entered by the disclosure office; null until entered.
    penalties         int,
    enforcement       int,
    fees_wan_yuan     numeric(14, 4),
    -- The figures as last generated (draft) or as frozen at submission (submitted/published).
    figures           jsonb        not null,
    generated_at      timestamptz  not null,
    document_id       bigint,
    submitted_at      timestamptz,
    submitted_by      varchar(100),
    created_by        varchar(100) not null,
    updated_by        varchar(100) not null,
    updated_at        timestamptz  not null default now(),
    version           int          not null default 0,
    unique (division_code, year)
);

-- Read model fed by the disclosure module's events: when a document was repealed (废止), for 本年废止件数.
create table reporting_repeal (
    document_id   bigint      primary key,
    division_code varchar(12) not null,
    repealed_on   date        not null
);
