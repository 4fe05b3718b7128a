-- A bundle's promise becomes a number the platform can count (half working days, 企业开办 promises 0.5), and the facts
-- its form asks once become data of the bundle instead of a branch on one bundle's code.
alter table services_bundle add column promised_half_days integer;
alter table services_bundle add column facts jsonb not null default '[["address", "住所（经营场所）或联系地址"]]';

update services_bundle
   set promised_half_days = greatest(1, ceil(coalesce(substring(promise from '([0-9]+(\.[0-9]+)?) *个工作日'), '1')::numeric * 2)::integer);

-- The facts 企业开办 asked for before this migration (then chosen in code by the bundle's code).
update services_bundle
   set facts = '[["address", "住所（经营场所）"], ["capital", "注册资本（万元）"], ["scope", "经营范围"], ["employees", "参保职工人数"]]'
 where code = 'QX-YJS-QYKB';

alter table services_bundle alter column promised_half_days set not null;
alter table services_bundle drop column promise;
