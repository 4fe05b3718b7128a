-- Citizens are named c-<account id> inside the platform from now on, not by their mobile number. Cases filed before
-- keep their applicant's account: the one-off rename reads the accounts table while it still holds the numbers
-- (dropped by V202612050900).
update cases_case c set applicant_login = 'c-' || a.id from accounts_citizen a where c.applicant_login = a.mobile;
update cases_bundle_application b set applicant_login = 'c-' || a.id from accounts_citizen a
where b.applicant_login = a.mobile;
