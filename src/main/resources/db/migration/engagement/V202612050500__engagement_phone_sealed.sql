-- The proposer's telephone number is kept sealed (AES-256-GCM, see PersonalData); V202612050501 (Java) seals the rows
-- already stored.
alter table engagement_topic alter column phone type text;

-- Citizens are named c-<account id> inside the platform from now on, not by their mobile number; the one-off rename
-- reads the accounts table while it still holds the numbers (dropped by V202612050900).
update engagement_topic t set account_login = 'c-' || a.id from accounts_citizen a where t.account_login = a.mobile;
