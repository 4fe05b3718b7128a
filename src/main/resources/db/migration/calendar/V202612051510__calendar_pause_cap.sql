-- 条例第三十二条: a pause may leave at most a set number of working days uncounted (a third-party consultation: 15),
-- after which the clock counts again even while the pause has not been ended. Null: no cap.
alter table calendar_clock_pause add column max_days integer check (max_days > 0);
