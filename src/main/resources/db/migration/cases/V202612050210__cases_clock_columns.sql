-- The officers' list of cases is one scoped, paginated query (issue 11): open cases sort by their clock, so the
-- clock's due date and pause are kept on the case, written with every step that moves the clock and when a calendar
-- change moves a due date (ClockDueDateChanged). Cases filed before are filled in on the next start.
alter table cases_case add column due_on date, add column clock_paused boolean not null default false;

-- Open cases, the urgent first: the list sorts the open cases of a scope (a small share of all: closed cases are
-- most) by due date. Closed cases, newest first, are paged by (closed_at, id) keys, so a deep page costs no more
-- than the first.
create index cases_case_open_due on cases_case (due_on, id) where closed_at is null;
create index cases_case_closed on cases_case (closed_at desc, id desc) where closed_at is not null;

-- The annual report counts 行政许可 decisions of a year in one grouped query over the decision steps only.
create index cases_step_decisions on cases_step (at) where action in ('approved', 'rejected');
