-- The sync engine's tables. Numbered well above the app's own migrations so both can grow.

-- A TaskSync task's link to its Salesforce Task and the last version both sides agreed on.
-- Kept after the task is purged from Trash until the outbox has no more work for it.
create table task_link (
    task_id             uuid primary key,
    user_id             uuid        not null references app_user (id),
    salesforce_id       text,
    synced_fields       jsonb,
    synced_modstamp     timestamptz,
    synced_at           timestamptz,
    salesforce_deleted  boolean     not null default false,
    create_sent_at      timestamptz
);
create unique index task_link_salesforce_id on task_link (user_id, salesforce_id) where salesforce_id is not null;

-- One row per task with changes still to send; a new change bumps revision and resets the backoff.
create table outbox_entry (
    task_id          uuid primary key,
    user_id          uuid        not null references app_user (id),
    change_kind      text        not null check (change_kind in ('created', 'updated', 'completed', 'reopened',
                                                                'deleted', 'restored', 'purged')),
    revision         bigint      not null default 1,
    attempts         integer     not null default 0,
    next_attempt_at  timestamptz not null,
    claimed_by       text,
    claimed_until    timestamptz,
    blocked          boolean     not null default false,
    last_error       text,
    created_at       timestamptz not null
);
create index outbox_entry_due on outbox_entry (next_attempt_at) where not blocked;
create index outbox_entry_user on outbox_entry (user_id);

-- What the engine knows of each user who turned sync on: the org, the server-clock enable time,
-- from when Salesforce tasks are taken in, and up to when Salesforce changes have been applied.
create table sync_account (
    user_id             uuid primary key references app_user (id),
    org_id              text        not null,
    salesforce_user_id  text        not null,
    enabled_at          timestamptz,
    accept_from         timestamptz,
    last_sync_point     timestamptz,
    job_claimed_by      text,
    job_claimed_until   timestamptz
);
create index sync_account_org on sync_account (org_id);

-- The inbound cursor of one org: one change query per org per interval covers all its users.
create table sync_cursor (
    org_id          text primary key,
    watermark       timestamptz not null,
    interval_ms     bigint      not null,
    next_poll_at    timestamptz not null,
    claimed_by      text,
    claimed_until   timestamptz,
    last_polled_at  timestamptz
);

-- The engine's own Salesforce API requests per org and hour, for the daily budget share.
create table api_call_count (
    org_id  text        not null,
    hour    timestamptz not null,
    calls   bigint      not null,
    primary key (org_id, hour)
);
