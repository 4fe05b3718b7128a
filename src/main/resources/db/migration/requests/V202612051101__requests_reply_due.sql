-- Console lists of requests are paginated SQL (issue 11). The "overdue" and "due soon" views depend on the reply
-- clock, which the calendar module keeps; so the request keeps the clock's due date in its own row, updated with every
-- step that moves the clock and on ClockDueDateChanged (a calendar change), and the views filter on it in SQL.
-- reply_paused: the clock does not count (supplement, consultation, fee); its date is then the projection of the day
-- it paused, used only for ordering. Requests received before this migration get theirs on the next start
-- (DisclosureRequests.fillMissingDueDates, through the calendar module's API: this module never reads its tables).
alter table requests_request add column reply_due date, add column reply_paused boolean not null default false;

-- Plans on PostgreSQL 15 with 50,000 requests over ten years, 1,000 of them open.
-- The open, due-soon and overdue views read only unfinished requests, in due-date order. Before (open view): Seq Scan,
-- 49,000 rows removed by the filter, top-N sort, 10.6 ms. After, 0.17 ms:
--   Limit (actual rows=51)
--     ->  Incremental Sort (actual rows=51)  Sort Key: reply_due, submitted_at DESC, id DESC  Presorted Key: reply_due
--           ->  Index Scan using requests_request_open on requests_request (actual rows=54)
-- A township's overdue view, before: Bitmap Heap Scan of requests_request_division, 8,256 rows removed, 7.7 ms;
-- after, 0.24 ms:
--   Limit (actual rows=51)
--     ->  Index Scan using requests_request_open on requests_request (actual rows=51)
--           Index Cond: (reply_due < '2026-12-05'::date)
--           Filter: ((NOT reply_paused) AND ((division_code)::text = ANY ('{361199101000,361199101001}'::text[])))
create index requests_request_open on requests_request (reply_due, id) where state <> 'CLOSED';

-- The "all" view, newest first. Before: Seq Scan of 50,000 rows and a top-N sort, 23 ms (page 500: 33 ms). After,
-- 0.07 ms (page 500: 10.7 ms); a township's, 0.09 ms (small divisions keep requests_request_division):
--   Limit (actual rows=51)
--     ->  Index Only Scan using requests_request_newest on requests_request (actual rows=51)
create index requests_request_newest on requests_request (submitted_at desc, id desc);
