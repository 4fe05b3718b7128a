-- Console lists of documents are paginated SQL (scope, state and order in the query, issue 11), ordered newest first
-- by coalesce(published_at, created_at). These indexes serve them; each plan below was taken on PostgreSQL 15 with
-- 100,000 documents (40% the county's, the rest over townships and villages, 2% unpublished) before and after.

-- The county's list (no scope filter), any page. Before: Parallel Seq Scan + top-N sort of all 100,000 rows; page
-- 1,000 an external merge sort on disk. After (page 1 0.09 ms, page 1,000 20 ms):
--   Limit (actual rows=51)
--     ->  Index Scan using disclosure_document_newest on disclosure_document (actual rows=51)
-- A township's list (division_code = any(township and its villages)), 10% of the rows, walks the same index (0.09 ms):
--   Limit (actual rows=51)
--     ->  Index Scan using disclosure_document_newest on disclosure_document (actual rows=51)
--           Filter: ((division_code)::text = ANY ('{361199101000,361199101001,...}'::text[]))
--           Rows Removed by Filter: 116
create index disclosure_document_newest
    on disclosure_document ((coalesce(published_at, created_at)) desc, id desc);

-- A division with few documents (a village's, 0.1%) would walk most of that index; this one finds its rows directly
-- (before: the Filter above with 99.9% removed):
--   Limit (actual rows=51)
--     ->  Sort (actual rows=51)  Sort Key: (COALESCE(published_at, created_at)) DESC, id DESC
--           ->  Bitmap Heap Scan on disclosure_document (actual rows=100)
--                 ->  Bitmap Index Scan on disclosure_document_division_newest (actual rows=100)
--                       Index Cond: ((division_code)::text = ANY ('{361199201201}'::text[]))
create index disclosure_document_division_newest
    on disclosure_document (division_code, (coalesce(published_at, created_at)) desc, id desc);

-- An officer of a department, venue or window sees the documents of that unit (unit_code = any(...)), 0.1% each:
--   Limit (actual rows=51)
--     ->  Sort (actual rows=51)
--           ->  Bitmap Heap Scan on disclosure_document (actual rows=100)
--                 ->  Bitmap Index Scan on disclosure_document_unit_newest (actual rows=100)
--                       Index Cond: ((unit_code)::text = ANY ('{361199000000-SCJG,...}'::text[]))
create index disclosure_document_unit_newest
    on disclosure_document (unit_code, (coalesce(published_at, created_at)) desc, id desc);

-- A list in one state and the review queue (state = 'SUBMITTED'). Before: Index Scan using disclosure_document_state
-- (all 500 submitted rows) + top-N sort; after, the rows come in order (0.13 ms). Its leading column still serves
-- every "state = …" look-up the old index served, so that one goes.
--   Limit (actual rows=51)
--     ->  Index Scan using disclosure_document_state_newest on disclosure_document (actual rows=51)
--           Index Cond: ((state)::text = 'SUBMITTED'::text)
--           Filter: ((author)::text <> 'x'::text)
create index disclosure_document_state_newest
    on disclosure_document (state, (coalesce(published_at, created_at)) desc, id desc);
drop index disclosure_document_state;

-- The Art. 26 due list: unpublished documents written on or before a date, the oldest first. Before: Index Scan of
-- the state index for all 2,000 unpublished rows + sort; after (0.16 ms), a small partial index in the list's order:
--   Limit (actual rows=51)
--     ->  Index Only Scan using disclosure_document_unpublished on disclosure_document (actual rows=51)
--           Index Cond: (written_on <= '2026-11-01'::date)
create index disclosure_document_unpublished
    on disclosure_document (written_on, id) where state in ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED');
