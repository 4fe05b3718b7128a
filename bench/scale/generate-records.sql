-- A county's decade of government documents, 依申请公开 requests, consultations and audit entries, deterministic (no
-- random(): every value derives from the row number) and one INSERT … SELECT per table, on top of the demo county.
-- Each generated row copies a row of the demo county (its text, its sealed personal data, its outcome, its keywords)
-- and moves it in time, so every value is one the platform itself wrote and reads back.
-- Variables: :documents :requests :consultations :audit (row counts), :auditkey (DOORSTEP_AUDIT_KEY, hex).
\set ON_ERROR_STOP on

-- ---------------------------------------------------------------- documents: 97 % published over ten years
create temporary table bench_doc as
    select row_number() over (order by id) - 1 as n, * from disclosure_document where state = 'PUBLISHED';
select count(*) as docs from bench_doc \gset

insert into disclosure_document (index_number, division_code, unit_code, title, document_number, publisher_code,
    publisher_name, written_on, published_on, effective_on, validity, topic, genre, keywords, body, state,
    published_at, version, author, reviewer, created_at, updated_at)
select 'BENCH-' || lpad(g::text, 9, '0'), d.division_code, d.unit_code, d.title || '（' || g || '）',
       d.document_number, d.publisher_code, d.publisher_name, t.at::date,
       case when t.published then t.at::date end, t.at::date, 'VALID', d.topic, d.genre, d.keywords, d.body,
       case when t.published then 'PUBLISHED' when g % 100 = 97 then 'SUBMITTED' else 'DRAFT' end,
       case when t.published then t.at end, 1, d.author, case when t.published then d.reviewer end, t.at, t.at
from generate_series(1, :documents) g
join bench_doc d on d.n = g % :docs
cross join lateral (select g % 100 < 97 as published) p
cross join lateral (select p.published,
       -- published ones spread over the decade; drafts and submissions from the last sixty days
       case when p.published then timestamp '2016-12-01 09:00' + (g::double precision / :documents) * interval '3650 days'
            else date_trunc('day', now()) - (g % 60) * interval '1 day' + interval '9 hours' end as at) t;

insert into disclosure_document_node (document_id, node_id)
select nd.id, dn.node_id
from disclosure_document nd
join bench_doc d on d.n = substr(nd.index_number, 7)::int % :docs
join disclosure_document_node dn on dn.document_id = d.id
where nd.index_number like 'BENCH-%';

-- ---------------------------------------------------------------- 依申请公开 requests: 95 % closed, over ten years
create temporary table bench_closed as
    select row_number() over (order by id) - 1 as n, * from requests_request where state = 'CLOSED';
create temporary table bench_open as
    select row_number() over (order by id) - 1 as n, * from requests_request where state <> 'CLOSED';
select count(*) as closed_sources from bench_closed \gset
select count(*) as open_sources from bench_open \gset

create temporary table bench_request as
select g, s.id as source_id, s.number as source_number, t.at,
       (t.at::date - s.submitted_at::date) as shift,
       'YSQ-' || extract(year from t.at)::int || '-B' || lpad(g::text, 6, '0') as number
from generate_series(1, :requests) g
cross join lateral (select g % 100 < 95 as closed) c
join lateral (select * from bench_closed where c.closed and n = g % :closed_sources
              union all
              select * from bench_open where not c.closed and n = g % :open_sources) s on true
cross join lateral (select case when c.closed
       then timestamp '2016-12-01 09:00' + (g::double precision / :requests) * interval '3650 days'
       else date_trunc('day', now()) - (g % 20) * interval '1 day' + interval '10 hours' end as at) t;

insert into requests_request (number, division_code, applicant_type, applicant_name, identity_number, contact_name,
    mobile, email, address, description, delivery, channel, submitted_at, received_on, account_login, entered_by,
    state, supplement_items, supplement_notice_on, supplement_due, supplement_text, supplement_received_on,
    consultation_party, consultation_from, consultation_until, extension_days, extension_approver, extension_on,
    extension_reason, fee_amount, fee_basis, fee_notice_on, fee_due, fee_paid_on, outcome, replied_on, reply_text,
    withheld, withheld_reason, replied_by, version, identity_hash, reply_due, reply_paused)
select b.number, s.division_code, s.applicant_type, s.applicant_name, s.identity_number, s.contact_name, s.mobile,
       s.email, s.address, s.description, s.delivery, s.channel, b.at, s.received_on + b.shift, null, s.entered_by,
       s.state, s.supplement_items, s.supplement_notice_on + b.shift, s.supplement_due + b.shift, s.supplement_text,
       s.supplement_received_on + b.shift, s.consultation_party, s.consultation_from + b.shift,
       s.consultation_until + b.shift, s.extension_days, s.extension_approver, s.extension_on + b.shift,
       s.extension_reason, s.fee_amount, s.fee_basis, s.fee_notice_on + b.shift, s.fee_due + b.shift,
       s.fee_paid_on + b.shift, s.outcome, s.replied_on + b.shift, s.reply_text, s.withheld, s.withheld_reason,
       s.replied_by, s.version, s.identity_hash, s.reply_due + b.shift, s.reply_paused
from bench_request b join requests_request s on s.id = b.source_id;

insert into requests_remedy (request_id, kind, result, filed_on, decided_on, note, recorded_by)
select r.id, m.kind, m.result, m.filed_on + b.shift, m.decided_on + b.shift, m.note, m.recorded_by
from bench_request b join requests_request r on r.number = b.number
join requests_remedy m on m.request_id = b.source_id;

insert into calendar_clock (id, owner, reference, start_date, limit_days, extension_days, due_date, stopped_on)
select md5('requests' || b.number)::uuid, k.owner, b.number, k.start_date + b.shift, k.limit_days, k.extension_days,
       k.due_date + b.shift, k.stopped_on + b.shift
from bench_request b join calendar_clock k on k.owner = 'requests' and k.reference = b.source_number;

-- ---------------------------------------------------------------- consultations over ten years, keywords kept
create temporary table bench_consultation as
    select row_number() over (order by id) - 1 as n, * from engagement_consultation;
select count(*) as questions from bench_consultation \gset

insert into engagement_consultation (unit_code, channel, category, question, answer, minutes, asked_on, recorded_by,
    recorded_at, keywords)
select c.unit_code, c.channel, c.category, c.question, c.answer, c.minutes, t.on_date, c.recorded_by,
       t.on_date + interval '10 hours', c.keywords
from generate_series(1, :consultations) g
join bench_consultation c on c.n = g % :questions
cross join lateral (select (date '2016-12-01' + (g::double precision / :consultations * 3650)::int) as on_date) t;

-- ---------------------------------------------------------------- audit entries, chained as the platform chains them
-- Version 2 of the chain (audit ChainHasher): hex(HMAC-SHA256(key, prevHash + canonical)), canonical being the JSON
-- array ["doorstep-audit-v2", id, occurredAt, actor, roleCode, unitCode, action, subject, before, after, requestId,
-- clientIp]. Each generated entry copies the fields of a demo entry, at a time of the decade (whole seconds, so the
-- instant prints as the platform prints it), so the daily verification finds the chain intact.
create extension if not exists pgcrypto;
create temporary table bench_audit as
    select row_number() over (order by id) - 1 as n, * from audit_entry;
select set_config('bench.audit', :'audit', false) is not null as ok \gset
select set_config('bench.auditkey', :'auditkey', false) is not null as ok \gset

do $$
declare
    total bigint := current_setting('bench.audit')::bigint;
    key bytea := decode(current_setting('bench.auditkey'), 'hex');
    sources bigint := (select count(*) from bench_audit);
    head_hash text;
    e record;
    next_id bigint;
    at timestamptz;
    canonical text;
    h text;
begin
    select coalesce(last_hash, repeat('0', 64)) into head_hash from audit_chain_head where singleton for update;
    for g in 1 .. total loop
        select * into e from bench_audit where n = g % sources;
        next_id := nextval('audit_entry_seq');
        at := date_trunc('second', timestamptz '2016-12-01 01:00:00+00' + (g::double precision / total) * interval '3650 days');
        -- Written out rather than json_build_array, which separates with ", " where Jackson writes ",".
        canonical := '["doorstep-audit-v2",' || next_id || ',' || concat_ws(',',
            to_json(to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text,
            coalesce(to_json(e.actor)::text, 'null'), coalesce(to_json(e.role_code)::text, 'null'),
            coalesce(to_json(e.unit_code)::text, 'null'), coalesce(to_json(e.action)::text, 'null'),
            coalesce(to_json(e.subject)::text, 'null'), coalesce(to_json(e.before_state::text)::text, 'null'),
            coalesce(to_json(e.after_state::text)::text, 'null'), coalesce(to_json(e.request_id)::text, 'null'),
            coalesce(to_json(e.client_ip)::text, 'null')) || ']';
        h := encode(hmac(convert_to(head_hash || canonical, 'UTF8'), key, 'sha256'), 'hex');
        insert into audit_entry (id, occurred_at, actor, role_code, unit_code, action, subject, before_state,
            after_state, request_id, client_ip, prev_hash, hash, chain_version)
        values (next_id, at, e.actor, e.role_code, e.unit_code, e.action, e.subject, e.before_state, e.after_state,
            e.request_id, e.client_ip, head_hash, h, 2);
        head_hash := h;
        if g = total then
            update audit_chain_head set last_id = next_id, last_hash = h, updated_at = now() where singleton;
        end if;
    end loop;
end
$$;

analyze disclosure_document;
analyze disclosure_document_node;
analyze requests_request;
analyze requests_remedy;
analyze calendar_clock;
analyze engagement_consultation;
analyze audit_entry;
