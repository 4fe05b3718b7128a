-- Issue 13 item 12: every 保密审查 decision is kept with the reviewer's opinion (required when returning), so that the
-- review history of a document shows who decided what on which version, and why. Staff only: never on the portal.
create table disclosure_review (
    id          bigserial    primary key,
    document_id bigint       not null references disclosure_document (id),
    version     int          not null,
    decision    varchar(10)  not null check (decision in ('APPROVED', 'RETURNED')),
    opinion     varchar(1000) not null default '',
    reviewer    varchar(100) not null,
    decided_at  timestamptz  not null default now()
);
create index disclosure_review_document on disclosure_review (document_id, decided_at);

-- The last decision of documents reviewed before this table existed: a return kept its reason, an approval had none
-- (and approved version 1 of a revised document, since revisions are published without a second review).
insert into disclosure_review (document_id, version, decision, opinion, reviewer, decided_at)
select id, version, 'RETURNED', coalesce(return_reason, ''), reviewer, updated_at
    from disclosure_document where state = 'RETURNED' and reviewer is not null;
insert into disclosure_review (document_id, version, decision, opinion, reviewer, decided_at)
select id, case when state = 'REVISED' then 1 else version end, 'APPROVED', '', reviewer, coalesce(published_at, updated_at)
    from disclosure_document where state in ('SCHEDULED', 'PUBLISHED', 'REVISED', 'WITHDRAWN') and reviewer is not null;
