-- Every signed-in session remembers the version of its account at sign-in; disabling the account, changing or
-- resetting its password and unlocking it raise the version, which ends every open session at its next request.
alter table accounts_staff add column session_version integer not null default 0;
alter table accounts_citizen add column session_version integer not null default 0;
