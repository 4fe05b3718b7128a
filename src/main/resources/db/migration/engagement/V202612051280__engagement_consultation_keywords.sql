-- Hot topics (热点问题) are counted in SQL: each question is segmented once, when it is logged, and its keywords kept
-- with it (a GIN index finds the consultations of one keyword). Questions logged before are segmented on the next
-- start.
alter table engagement_consultation add column keywords text[];
create index engagement_consultation_keywords on engagement_consultation using gin (keywords);
-- A unit's consultations of a period, for the list and the counts.
create index engagement_consultation_unit_asked on engagement_consultation (unit_code, asked_on);
