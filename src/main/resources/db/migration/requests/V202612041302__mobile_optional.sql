-- 条例第二十九条 asks for a way to reach the applicant, not a phone: an applicant may give only an e-mail or address.
alter table requests_request alter column mobile drop not null;
