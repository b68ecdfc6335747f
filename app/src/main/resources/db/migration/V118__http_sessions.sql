-- Signed-in browser sessions, kept in PostgreSQL by Spring Session JDBC so that every node behind a
-- load balancer knows them: a rep stays signed in when the node that signed them in goes away.
-- The layout is the one Spring Session's JdbcIndexedSessionRepository reads and writes (its default
-- table name, SPRING_SESSION, folded to lower case); Spring Session itself never creates it
-- (spring.session.jdbc.initialize-schema=never). Times are epoch milliseconds; expired rows are
-- deleted by Spring Session's cleanup job, on every node.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

-- One row per session attribute (the security context, the CSRF token, a Salesforce authorization
-- in flight, flash messages), each Java-serialized.
create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
