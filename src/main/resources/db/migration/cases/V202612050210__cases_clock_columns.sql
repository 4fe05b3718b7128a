-- The officers' list of cases is one scoped, paginated query (issue 11): open cases sort by their clock, so the
-- clock's due date and pause are kept on the case, written with every step that moves the clock and when a calendar
-- change moves a due date (ClockDueDateChanged). Cases filed before are filled in on the next start.
alter table cases_case add column due_on date, add column clock_paused boolean not null default false;

-- Open cases, the urgent first: overdue, warned and on-time cases are all in due-date order, the paused after them,
-- so the list reads this index in order instead of sorting the open cases (a few per cent of all). Closed cases,
-- newest first, are paged by (closed_at, id) keys, so a deep page costs no more than the first. At 1,000,000
-- generated cases (bench/scale), a county-wide first page of open cases:
--   Limit -> Index Scan using cases_case_open_due on cases_case   (no Sort node)
-- and a deep page of a township's closed cases:
--   Limit -> Index Scan using cases_case_closed, Index Cond: (ROW(closed_at, id) < ROW(…)), Filter: scope
create index cases_case_open_due on cases_case (clock_paused, due_on, id) where closed_at is null;
create index cases_case_closed on cases_case (closed_at desc, id desc) where closed_at is not null;

-- The annual report counts 行政许可 decisions of a year in one grouped query over the decision steps only.
create index cases_step_decisions on cases_step (at) where action in ('approved', 'rejected');
