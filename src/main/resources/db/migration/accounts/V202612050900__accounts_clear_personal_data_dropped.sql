-- The clear columns go now that V202612050101 has sealed them and the other modules have renamed the citizens they
-- kept by mobile number (V202612050200 to V202612050500). Their unique index, the verified-number index and the
-- identifier check go with them and are made again on the hashes.
alter table accounts_citizen drop column mobile, drop column id_number;
alter table accounts_citizen alter column mobile_hash set not null, alter column mobile_sealed set not null;
alter table accounts_citizen add constraint accounts_citizen_mobile unique (mobile_hash);
alter table accounts_citizen add constraint accounts_citizen_identifier
    check ((kind = 'PERSON' and id_number_hash is not null) or (kind = 'FIRM' and credit_code is not null));
-- One 身份证号, one identity-verified account.
create unique index accounts_citizen_verified_id_number on accounts_citizen (id_number_hash)
    where verification_level = 'IDENTITY_VERIFIED' and id_number_hash is not null;
