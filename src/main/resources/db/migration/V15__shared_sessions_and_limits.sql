-- What several application instances on one database must share: the sessions, and the
-- counters behind the log-in throttle and the delivery rate limits. Portable SQL for H2 and
-- PostgreSQL (H2 reads BYTEA as BINARY VARYING).

-- Spring Session JDBC's schema, with room for any e-mail address as the principal name.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(320),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- Counters that end at a moment (failed log-ins in a window, log-in locks); a row whose
-- end has passed counts as absent and is deleted by a periodic clean-up.
create table shared_counter (
    counter_key varchar(400) not null,
    hits integer not null,
    ends_at bigint not null,
    constraint shared_counter_pk primary key (counter_key)
);

create index shared_counter_ends_at on shared_counter (ends_at);

-- Token buckets with a steady refill (delivery rate limits): credit is in token-milliseconds
-- (a token costs the refill period in milliseconds, and every millisecond adds as many as
-- the bucket holds tokens); full_at is when the bucket is full again, after which the row is
-- the same as none and is deleted by the clean-up.
create table shared_bucket (
    bucket_key varchar(200) not null,
    credit bigint not null,
    updated_at bigint not null,
    full_at bigint not null,
    constraint shared_bucket_pk primary key (bucket_key)
);

create index shared_bucket_full_at on shared_bucket (full_at);
