-- A grid worker's mobile number is kept sealed (AES-256-GCM, see PersonalData); V202612050601 (Java) seals the rows
-- already stored.
alter table organization_grid_worker alter column phone type text;
