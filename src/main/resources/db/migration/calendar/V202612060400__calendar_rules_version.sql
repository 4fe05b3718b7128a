-- The version of the counting rules the stored due dates were computed with; a start with newer rules recomputes
-- open clocks once and records it here, so later starts do no work.
create table calendar_rules (version integer not null);
insert into calendar_rules (version) values (0);
