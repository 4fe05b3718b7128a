-- Divisions (行政区划), identified by the 12-digit statistical division code:
-- 6 digits county, 3 township, 3 village. The level is implied by the code; the parent is one level up.
create table organization_division (
    code        varchar(12) primary key check (code ~ '^[0-9]{12}$'),
    name        varchar(60) not null,
    level       varchar(10) not null check (level in ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
    -- 街道 (urban township) or 社区 (urban village); always false for a county
    urban       boolean not null default false,
    parent_code varchar(12) references organization_division (code),
    updated_at  timestamptz not null default now(),
    check ((level = 'COUNTY') = (parent_code is null)),
    check (level <> 'COUNTY' or not urban)
);
create index organization_division_parent on organization_division (parent_code);

-- Departments (县直部门, township offices); code = <division code>-<short code>.
create table organization_department (
    code          varchar(25) primary key,
    division_code varchar(12) not null references organization_division (code),
    short_code    varchar(12) not null,
    name          varchar(60) not null,
    -- 9-character organ code used in 索引号; deferrable so that one import may swap two departments' codes
    organ_code    varchar(9) not null,
    updated_at    timestamptz not null default now(),
    unique (division_code, short_code),
    constraint organization_department_organ_code unique (organ_code) deferrable initially deferred
);
create index organization_department_division on organization_department (division_code);

-- Service places at four levels; code = <division code>-<short code>, sharing the namespace with departments.
create table organization_venue (
    code          varchar(25) primary key,
    division_code varchar(12) not null references organization_division (code),
    short_code    varchar(12) not null,
    level         varchar(16) not null check (level in ('CENTER', 'TOWN_CENTER', 'VILLAGE_STATION', 'POST')),
    name          varchar(60) not null,
    address       varchar(200) not null,
    opening_hours varchar(200) not null,
    phone         varchar(40) not null,
    updated_at    timestamptz not null default now(),
    unique (division_code, short_code)
);
create index organization_venue_division on organization_venue (division_code);

-- Windows (counters) of a venue; code = <venue code>-<number>.
create table organization_window (
    code            varchar(30) primary key,
    venue_code      varchar(25) not null references organization_venue (code),
    number          integer not null check (number between 1 and 999),
    name            varchar(60) not null,
    kind            varchar(16) not null check (kind in ('COMPREHENSIVE', 'DEDICATED')),
    department_code varchar(25) references organization_department (code),
    updated_at      timestamptz not null default now(),
    unique (venue_code, number),
    check (kind = 'DEDICATED' or department_code is null)
);

-- Grids (网格) of a village or community; code = village code + 3 digits.
create table organization_grid (
    code         varchar(15) primary key check (code ~ '^[0-9]{15}$'),
    name         varchar(60) not null,
    village_code varchar(12) not null references organization_division (code),
    updated_at   timestamptz not null default now()
);
create index organization_grid_village on organization_grid (village_code);

-- Grid workers; code = <grid code>-<2-digit sequence>. The phone is personal data: masked wherever it is shown.
create table organization_grid_worker (
    code       varchar(20) primary key,
    grid_code  varchar(15) not null references organization_grid (code),
    seq        integer not null check (seq between 1 and 99),
    name       varchar(60) not null,
    phone      varchar(11) not null,
    updated_at timestamptz not null default now(),
    unique (grid_code, seq)
);
