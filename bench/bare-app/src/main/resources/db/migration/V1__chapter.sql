create table chapter (id varchar(32) primary key, title varchar(500));
