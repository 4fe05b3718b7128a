-- 三员分立 (等保 2.0 level 3, GB/T 22239-2019 8.1.4.2): the system, security and audit administrators are different
-- people, so no staff account holds two of these roles. Accounts.createStaff says so in Chinese; this holds it for
-- every other writer.
create unique index accounts_staff_one_administrator_role on accounts_staff_role (staff_id)
    where role in ('SYSTEM_ADMIN', 'SECURITY_ADMIN', 'AUDIT_ADMIN');
