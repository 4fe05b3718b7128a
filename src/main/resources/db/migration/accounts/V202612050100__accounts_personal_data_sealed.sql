-- 身份证号 and mobile numbers are kept sealed (AES-256-GCM under DOORSTEP_DATA_KEY, see PersonalData) with a keyed
-- hash beside each for look-ups. The next migration (Java, it needs the key) seals the rows already stored; the one
-- after it drops the clear columns.
alter table accounts_citizen
    add column mobile_hash      char(64),
    add column mobile_sealed    text,
    add column id_number_hash   char(64),
    add column id_number_sealed text;

-- The authenticator's seed is sealed too; it is longer so.
alter table accounts_staff alter column totp_secret type text;

-- Codes live five minutes: the few pending at the upgrade are dropped rather than carried over in clear.
delete from accounts_verification_code;
alter table accounts_verification_code drop column mobile, add column mobile_hash char(64) not null;
create index accounts_verification_code_mobile on accounts_verification_code (mobile_hash, purpose);

-- Sign-in counts and known clients are kept under the account's login (c-<id>) or the number's hash ('m:' and 64 hex
-- digits) from now on; counts under a mobile number in clear are forgotten.
delete from accounts_sign_in where login ~ '^1[3-9][0-9]{9}(#|$)';
delete from accounts_known_device where login ~ '^1[3-9][0-9]{9}$';
alter table accounts_sign_in alter column login type varchar(100);
alter table accounts_known_device alter column login type varchar(100);
