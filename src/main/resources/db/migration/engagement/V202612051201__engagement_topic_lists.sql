-- The console's topic list is paginated SQL (issue 11). The overdue view depends on the feedback clock, which the
-- calendar module keeps; the topic keeps the clock's due date in its own row, set on acceptance and moved on
-- ClockDueDateChanged (a calendar change), so the view filters on it in SQL. Topics accepted before this migration get
-- theirs on the next start (Topics.fillMissingDueDates, through the calendar module's API).
alter table engagement_topic add column feedback_due date;

-- Plans on PostgreSQL 15 with 20,000 topics over ten years, 200 with a department.
-- The overdue view. Before: Bitmap Heap Scan of engagement_topic_division for every assigned topic, then a sort,
-- 0.34 ms; after, 0.10 ms, and it stays so however many topics a decade leaves:
--   Limit (actual rows=51)
--     ->  Index Only Scan using engagement_topic_assigned on engagement_topic (actual rows=51)
--           Index Cond: (feedback_due < '2026-12-05'::date)
create index engagement_topic_assigned on engagement_topic (feedback_due, id) where state = 'ASSIGNED';

-- The "all" view, newest first. Before: Seq Scan of 20,000 rows and a top-N sort, 11.1 ms; after, 0.06 ms:
--   Limit (actual rows=51)
--     ->  Index Only Scan using engagement_topic_newest on engagement_topic (actual rows=51)
create index engagement_topic_newest on engagement_topic (submitted_at desc, id desc);
