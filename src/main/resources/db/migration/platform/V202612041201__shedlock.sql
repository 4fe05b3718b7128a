-- ShedLock's lock table (JdbcTemplateLockProvider): a scheduled job that must run on one node of a cluster (the
-- daily audit checkpoint) takes its row until lock_until. Times come from the database, so node clocks may differ.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
