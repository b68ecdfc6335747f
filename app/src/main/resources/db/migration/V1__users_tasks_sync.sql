create table app_user (
    id            uuid primary key,
    email         text        not null,
    password_hash text        not null,
    time_zone     text        not null,
    admin         boolean     not null default false,
    active        boolean     not null default true,
    created_at    timestamptz not null
);
create unique index app_user_email_key on app_user (lower(email));

create table task (
    id            uuid primary key,
    user_id       uuid        not null references app_user (id),
    subject       text        not null,
    description   text,
    due_date      date,
    status        text        not null check (status in ('open', 'completed')),
    completed_at  timestamptz,
    priority      text        not null check (priority in ('low', 'normal', 'high')),
    type          text        not null check (type in ('todo', 'call', 'email', 'linkedin', 'other')),
    reminder_at   timestamptz,
    who           text,
    what          text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    deleted_at    timestamptz,
    version       bigint      not null,
    salesforce_id text,
    sync_state    text        not null check (sync_state in ('local', 'pending', 'synced', 'error')),
    sync_error    text
);
create index task_user_due on task (user_id, due_date, created_at);
create index task_deleted on task (deleted_at) where deleted_at is not null;
create unique index task_salesforce_id on task (user_id, salesforce_id) where salesforce_id is not null;

create table sync_setting (
    user_id          uuid primary key references app_user (id),
    enabled          boolean     not null,
    state            text        not null check (state in ('off', 'importing', 'syncing', 'error', 'reconnect')),
    progress_done    integer     not null default 0,
    progress_total   integer,
    first_enabled_at timestamptz,
    enabled_at       timestamptz,
    last_sync_at     timestamptz,
    last_error       text
);

create table sync_log_entry (
    id            bigserial primary key,
    user_id       uuid        not null references app_user (id),
    at            timestamptz not null,
    direction     text        not null check (direction in ('toSalesforce', 'fromSalesforce', 'local')),
    action        text        not null check (action in ('create', 'update', 'complete', 'reopen', 'delete',
                                                         'conflict', 'error', 'import')),
    task_id       uuid,
    salesforce_id text,
    subject       text,
    message       text
);
create index sync_log_entry_user_at on sync_log_entry (user_id, at desc, id desc);

create table salesforce_connection (
    user_id            uuid primary key references app_user (id),
    login_host         text        not null,
    instance_url       text        not null,
    org_id             text,
    salesforce_user_id text,
    username           text,
    access_token       bytea       not null,
    refresh_token      bytea,
    connected_at       timestamptz not null
);
