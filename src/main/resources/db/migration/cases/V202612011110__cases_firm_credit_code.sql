-- A firm applicant's 统一社会信用代码: the holder of the certificates its cases issue and of its 免证办 lookups.
alter table cases_case add column applicant_credit_code text;
