-- 国办发明电〔2025〕7号 (2025-11-04) lists 9-20 and 10-10 as make-up working days under 国庆节 (item 七), not 中秋节;
-- the 2026 year is recorded with the notice's 文号 like 2024 and 2025.
update calendar_day set name = '调休上班（国庆节）' where day = date '2026-09-20' and name = '调休上班（中秋节）';
update calendar_year set source = '国办发明电〔2025〕7号' where year = 2026 and source = '国务院办公厅关于2026年部分节假日安排的通知';
