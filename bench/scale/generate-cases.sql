-- A county's decade of 办件, deterministic (no random(): every value derives from the row number), written in one
-- INSERT … SELECT per table. :cases rows; 97 % closed, the open ones due around today; one decision step per closed
-- case (the annual report counts them); a statutory clock per case (the detail and status pages read it).
-- The applicant's phone is one sealed value copied from a demo case: ciphertext under this installation's key.
\set ON_ERROR_STOP on
create temporary table bench_item as
    select row_number() over (order by code) - 1 as n, code, name, department_code, promised_limit_days
    from services_item;
create temporary table bench_unit as
    select row_number() over (order by code) - 1 as n, code from organization_division where code <> :'county';
select count(*) as items from bench_item \gset
select count(*) as units from bench_unit \gset
select applicant_phone as phone from cases_case limit 1 \gset

insert into cases_case (number, query_code, item_code, item_name, department_code, channel, applicant_kind,
    applicant_name, applicant_phone, applicant_login, accepting_unit, responsible_login, responsible_name,
    responsible_unit, state, promised_days, submitted_at, dispatched_at, closed_at, due_on, clock_paused)
select 'B' || lpad(g::text, 9, '0'), 'BENCH0', i.code, i.name, i.department_code,
       case when g % 10 < 7 then 'ONLINE' else 'WINDOW' end, 'PERSON', '某某群众', :'phone', null,
       u.code, 'chuangkou', '窗口人员', u.code,
       case when g % 100 < 97 then 'COMPLETED' when g % 3 = 0 then 'ACCEPTED' else 'UNDER_REVIEW' end,
       i.promised_limit_days,
       timestamp '2016-12-01 09:00' + (g::double precision / :cases) * interval '3650 days',
       case when g % 10 >= 7 then timestamp '2016-12-01 10:00' + (g::double precision / :cases) * interval '3650 days' end,
       case when g % 100 < 97
            then timestamp '2016-12-02 16:00' + (g::double precision / :cases) * interval '3650 days' end,
       case when g % 100 >= 97 then current_date + (g % 41) - 20 end,
       false
from generate_series(1, :cases) g
join bench_item i on i.n = g % :items
join bench_unit u on u.n = (g / 7) % :units;

insert into cases_step (case_id, at, actor, actor_unit, action, label)
select id, closed_at - interval '1 hour', '审核人员', department_code, 'approved', '准予'
from cases_case where number like 'B%' and closed_at is not null;

-- Every case has its clock, as the platform starts one at submission: the open ones running, the closed ones
-- stopped on their closing day (due dates of closed cases approximate working days as 7/5 calendar days).
insert into calendar_clock (id, owner, reference, start_date, limit_days, due_date, stopped_on)
select md5(number)::uuid, 'cases', number, submitted_at::date, promised_days,
       coalesce(due_on, submitted_at::date + promised_days * 7 / 5), closed_at::date
from cases_case where number like 'B%';

analyze cases_case;
analyze cases_step;
analyze calendar_clock;
