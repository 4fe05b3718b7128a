-- Entries waiting to be linked into the chain. The transaction that makes a change inserts its entry here (so the
-- entry commits with the change or not at all) and the chainer (org.doorstep.audit.internal.AuditChainer) moves it
-- into audit_entry within a second, taking the chain head's lock once per batch instead of once per writing
-- transaction: with the head locked until each writer's commit, 6 of the pool's 10 connections waited for that one
-- row under the intake benchmark. Rows live here for milliseconds; the chainer reads them oldest first by id
-- (the primary key) and deletes them in the transaction that chains them.
create table audit_pending (
    id           bigint generated always as identity primary key,
    occurred_at  timestamptz not null,
    actor        text not null,
    role_code    text,
    unit_code    text,
    action       text not null,
    subject      text,
    before_state jsonb,
    after_state  jsonb,
    request_id   text,
    client_ip    text
);
