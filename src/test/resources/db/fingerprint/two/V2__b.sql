create table fp_b (id int primary key);
