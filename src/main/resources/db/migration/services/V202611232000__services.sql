-- Service items with their standard guide. The lists of a guide (materials, steps, FAQ) are read and written
-- whole with the item, so they are kept as JSON documents on the item row; flag sets as comma-separated names.
create table services_item (
    code                varchar(40) primary key,
    name                varchar(200) not null,
    item_type           varchar(30) not null,
    department_code     varchar(40) not null,
    legal_basis         text not null,
    target              varchar(20) not null,
    conditions          text not null,
    materials           jsonb not null,
    steps               jsonb not null,
    legal_limit_days    integer not null check (legal_limit_days >= 0),
    promised_limit_days integer not null check (promised_limit_days >= 0 and promised_limit_days <= legal_limit_days),
    fee                 text not null,
    result              text not null,
    deliveries          text not null,
    place               text not null,
    hours               text not null,
    visits              integer not null check (visits >= 0),
    online_entry        varchar(300),
    consultation        text not null,
    complaint           text not null,
    faqs                jsonb not null,
    flags               text not null,
    themes              text not null,
    updated_at          timestamptz not null default now()
);
create index services_item_department on services_item (department_code);

-- 实施清单: which unit carries an item out, at which venue level.
create table services_implementation (
    item_code   varchar(40) not null references services_item (code) on delete cascade,
    unit_code   varchar(40) not null,
    venue_level varchar(20) not null,
    primary key (item_code, unit_code, venue_level)
);

-- 一件事一次办.
create table services_bundle (
    code        varchar(40) primary key,
    name        varchar(200) not null,
    description text not null,
    promise     varchar(100) not null
);
create table services_bundle_item (
    bundle_code varchar(40) not null references services_bundle (code) on delete cascade,
    seq         integer not null,
    item_code   varchar(40) not null references services_item (code),
    primary key (bundle_code, seq)
);
