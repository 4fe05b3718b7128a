-- 一次性告知制 (行政许可法第三十二条第一款第（四）项): a notice after the first (补充告知) is allowed only for what the
-- first could not know of, and records why. Null on a first notice.
alter table cases_notice add column reason text;
