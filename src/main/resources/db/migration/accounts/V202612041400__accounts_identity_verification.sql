-- 实名核验: the ID number or credit code given at registration is only claimed until a window officer who has seen the
-- ID card or business licence, or the province's 统一身份认证 (OpenID Connect), verifies it.
alter table accounts_citizen
    add column verification_level  varchar(20) not null default 'MOBILE_VERIFIED'
        check (verification_level in ('MOBILE_VERIFIED', 'IDENTITY_VERIFIED')),
    add column verified_method     varchar(10) check (verified_method in ('WINDOW', 'OIDC')),
    add column verified_document   varchar(20) check (verified_document in ('RESIDENT_ID_CARD', 'BUSINESS_LICENCE')),
    add column verified_at         timestamptz,
    -- the window officer's login, or the OpenID provider's issuer
    add column verified_by         varchar(255),
    add column verified_unit       varchar(40),
    add column oidc_issuer         varchar(255),
    add column oidc_subject        varchar(255),
    add check ((verification_level = 'IDENTITY_VERIFIED') = (verified_method is not null and verified_at is not null));

-- Anyone may claim a firm's code at registration (a squatter must not lock the real firm out); only one account may
-- hold it, or a person's ID number, verified.
drop index accounts_citizen_firm;
create index accounts_citizen_by_credit_code on accounts_citizen (credit_code) where credit_code is not null;
create unique index accounts_citizen_verified_id_number on accounts_citizen (id_number)
    where verification_level = 'IDENTITY_VERIFIED' and id_number is not null;
create unique index accounts_citizen_verified_credit_code on accounts_citizen (credit_code)
    where verification_level = 'IDENTITY_VERIFIED' and credit_code is not null;
create unique index accounts_citizen_oidc_subject on accounts_citizen (oidc_issuer, oidc_subject)
    where oidc_subject is not null;
