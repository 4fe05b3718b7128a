-- The query code a proposer follows a 点题 with, beside its number (issue 13); older topics have none.
alter table engagement_topic add column query_code varchar(6);
