-- The query code an applicant follows an online application with, beside its number (issue 13). Applications made
-- before it existed have none and are followed under 我的申请 or by the office.
alter table requests_request add column query_code varchar(6);
