-- 条例第三十六条第（五）项: a reply that the information is another agency's to disclose names that agency and its
-- contact when it can be determined (both null when it cannot).
alter table requests_request add column competent_agency varchar(100), add column competent_contact varchar(200);
