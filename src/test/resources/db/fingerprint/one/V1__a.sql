create table fp_a (id int primary key);
