-- The holder's 身份证号 (or a firm's 统一社会信用代码) is kept sealed (AES-256-GCM, see PersonalData); a keyed hash
-- beside it finds a holder's certificates. V202612050301 (Java) seals the rows already stored.
alter table certificates_certificate alter column holder_id_number type text;
alter table certificates_certificate add column holder_hash char(64);
