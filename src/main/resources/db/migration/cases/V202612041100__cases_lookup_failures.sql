-- Failed public status checks per client and per case number, counted in the database so that parallel requests
-- and several nodes share one count (issue 10). A row lives for one 15-minute window from its first failure.
create table cases_lookup_failure (
    key          text        primary key,
    failures     integer     not null,
    window_start timestamptz not null
);

create index cases_lookup_failure_window on cases_lookup_failure (window_start);
