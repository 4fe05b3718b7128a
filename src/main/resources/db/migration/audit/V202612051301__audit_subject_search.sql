-- The audit search's "对象包含" is subject ILIKE '%…%' on the largest table, which no b-tree serves. A trigram GIN
-- index does (pg_trgm ships with PostgreSQL, in the embedded zonky binaries as in Debian's server packages, and is a
-- trusted extension: the schema owner may create it). Trigrams of Chinese text work under a UTF-8 ctype (C.UTF-8
-- here); a pattern shorter than three characters has no trigram and is answered by walking the entries newest first,
-- as before.
-- Plans on PostgreSQL 15 with 200,000 entries (subjects like case numbers, 索引号 and document titles).
-- Before, 250 ms:
--   Limit (actual rows=2)
--     ->  Gather Merge  ->  Sort  Sort Key: id DESC
--           ->  Parallel Seq Scan on audit_entry (actual rows=1 loops=3)
--                 Filter: (subject ~~* '%2026-004217%'::text)
--                 Rows Removed by Filter: 66666
-- After, 7.4 ms (a Chinese pattern such as '%关于004219的通知%': 2.0 ms); the index is 6.8 MB beside the table's 60 MB:
--   Limit (actual rows=2)
--     ->  Sort (actual rows=2)  Sort Key: id DESC
--           ->  Bitmap Heap Scan on audit_entry (actual rows=2)
--                 Recheck Cond: (subject ~~* '%2026-004217%'::text)
--                 ->  Bitmap Index Scan on audit_entry_subject_trgm (actual rows=2)
--                       Index Cond: (subject ~~* '%2026-004217%'::text)
-- A role that may not create extensions (e.g. one with only CONNECT on the database) still starts: the search then
-- works without the index, and a warning says how to add it (README: create the extension as a superuser first).
do $$
begin
    create extension if not exists pg_trgm;
exception when insufficient_privilege or undefined_file then
    raise warning 'pg_trgm is not available (%): the audit subject search runs without its index (see the README)',
        sqlerrm;
end
$$;

do $$
begin
    -- installed and on the search path (an extension a superuser put in another schema would not be found)
    if exists (select 1 from pg_opclass where opcname = 'gin_trgm_ops' and pg_opclass_is_visible(oid)) then
        create index audit_entry_subject_trgm on audit_entry using gin (subject gin_trgm_ops);
    end if;
end
$$;
