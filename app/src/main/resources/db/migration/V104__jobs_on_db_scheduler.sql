-- Background jobs run on db-scheduler: its table, in the layout its PostgreSQL schema documents.
-- A picked execution is kept alive by its node's heartbeats; when they stop, another node revives it.
create table scheduled_tasks (
    task_name             text                     not null,
    task_instance         text                     not null,
    task_data             bytea,
    execution_time        timestamp with time zone not null,
    picked                boolean                  not null,
    picked_by             text,
    last_success          timestamp with time zone,
    last_failure          timestamp with time zone,
    consecutive_failures  integer,
    last_heartbeat        timestamp with time zone,
    version               bigint                   not null,
    priority              smallint,
    primary key (task_name, task_instance)
);
create index scheduled_tasks_execution_time on scheduled_tasks (execution_time);
create index scheduled_tasks_last_heartbeat on scheduled_tasks (last_heartbeat);
create index scheduled_tasks_priority_execution_time on scheduled_tasks (priority desc, execution_time asc);

-- The poll and the first sync no longer claim by hand: db-scheduler picks and revives them.
alter table sync_cursor drop column claimed_by;
alter table sync_cursor drop column claimed_until;
alter table sync_cursor drop column next_poll_at;
alter table sync_account drop column job_claimed_by;
alter table sync_account drop column job_claimed_until;
