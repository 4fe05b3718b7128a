alter table certificates_certificate alter column holder_hash set not null;
-- 我的证照 and 免证办 look certificates up by holder and type.
drop index certificates_by_holder;
create index certificates_by_holder on certificates_certificate (holder_hash, type);
