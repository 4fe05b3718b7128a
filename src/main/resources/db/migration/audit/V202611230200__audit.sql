-- The audit trail: one append-only, hash-chained row per state change.
-- hash = SHA-256(prev_hash || canonical row), computed by the application (org.doorstep.audit.internal.ChainHasher),
-- so verification still works when someone with owner rights bypasses the triggers below.
create sequence audit_entry_seq;

create table audit_entry (
    id           bigint primary key,          -- taken from audit_entry_seq while the chain head is locked: chain order
    occurred_at  timestamptz not null,
    actor        text not null,               -- user name, 'anonymous' or 'system'
    role_code    text,
    unit_code    text,
    action       text not null,
    subject      text,
    before_state jsonb,
    after_state  jsonb,
    request_id   text,
    client_ip    text,                        -- truncated: IPv4 /24, IPv6 /48
    prev_hash    text not null check (prev_hash ~ '^[0-9a-f]{64}$'),
    hash         text not null check (hash ~ '^[0-9a-f]{64}$'),
    -- Each row has at most one successor, so two writers can never fork the chain, whatever the application does.
    constraint audit_entry_no_fork unique (prev_hash)
);
create index audit_entry_occurred_at on audit_entry (occurred_at);
create index audit_entry_actor on audit_entry (actor);
create index audit_entry_action on audit_entry (action text_pattern_ops);
create index audit_entry_unit on audit_entry (unit_code text_pattern_ops);

-- The end of the chain. Appending locks this row (SELECT ... FOR UPDATE), which serialises writers; it also lets
-- verification notice rows cut off the end of the chain. last_hash null means "chain starts at the genesis value".
create table audit_chain_head (
    singleton  boolean primary key default true check (singleton),
    last_id    bigint,
    last_hash  text check (last_hash ~ '^[0-9a-f]{64}$'),
    updated_at timestamptz not null default now()
);
insert into audit_chain_head (singleton) values (true);

create function audit_reject_change() returns trigger language plpgsql as $$
begin
    raise exception '审计记录只允许追加，不能修改或删除（% on %）', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end
$$;

create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_reject_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_reject_change();

create function audit_chain_head_forward_only() returns trigger language plpgsql as $$
begin
    if old.last_id is not null and (new.last_id is null or new.last_id <= old.last_id) then
        raise exception '审计链头只能向前移动（% 到 %）', old.last_id, new.last_id
            using errcode = 'restrict_violation';
    end if;
    return new;
end
$$;

create trigger audit_chain_head_forward before update on audit_chain_head
    for each row execute function audit_chain_head_forward_only();
create trigger audit_chain_head_keep before delete on audit_chain_head
    for each row execute function audit_reject_change();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function audit_reject_change();
