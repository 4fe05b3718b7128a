-- Which demo contributions have been loaded (see DemoData).
create table platform_demo_load (
    name      varchar(100) primary key,
    loaded_at timestamptz not null default now()
);
