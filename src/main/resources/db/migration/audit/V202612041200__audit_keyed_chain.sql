-- The chain's hashes become HMAC-SHA256 under DOORSTEP_AUDIT_KEY (a key the database never holds). Every entry says
-- how its hash is computed: 1 = plain SHA-256 (entries written before this migration, which keep verifying as they
-- are), 2 = keyed. The application writes only version 2; verification refuses a version-1 entry after a keyed one
-- or after the last version-1 entry a signed checkpoint recorded. A constant default rewrites no row (so the
-- append-only trigger is not involved); it is dropped at once, so every insert must say which version it is.
alter table audit_entry add column chain_version smallint not null default 1
    constraint audit_entry_chain_version check (chain_version in (1, 2));
alter table audit_entry alter column chain_version drop default;
