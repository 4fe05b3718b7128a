alter table requests_request alter column identity_hash set not null;
-- The fee count of 国办函〔2020〕109号: one applicant's applications received in a period.
drop index requests_request_identity;
create index requests_request_identity on requests_request (identity_hash, received_on);
