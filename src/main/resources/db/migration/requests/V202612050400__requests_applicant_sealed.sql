-- The applicant's ID number and mobile are kept sealed (AES-256-GCM, see PersonalData); a keyed hash of the ID number
-- counts one applicant's applications for the fee rule. V202612050401 (Java) seals the rows already stored.
alter table requests_request alter column identity_number type text, alter column mobile type text;
alter table requests_request add column identity_hash char(64);

-- Citizens are named c-<account id> inside the platform from now on, not by their mobile number; the one-off rename
-- reads the accounts table while it still holds the numbers (dropped by V202612050900).
update requests_request t set account_login = 'c-' || a.id from accounts_citizen a where t.account_login = a.mobile;
