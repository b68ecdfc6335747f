-- Sync that can be trusted: writes in flight, problems that show, and records set aside.

-- A write to Salesforce in flight for this task: started (database clock), finished (null while it
-- runs), and the values it sends. A poll that read Salesforce before such a write finished may hold a
-- version older than the write, so it leaves that record to the next poll.
alter table task_link add column write_started_at timestamptz;
alter table task_link add column write_finished_at timestamptz;
alter table task_link add column sending_fields jsonb;

-- What keeps a user's sync from running as it should, one row per part of the engine that failed
-- (outbound, inbound, first-sync, budget): shown by GET /api/sync until it clears.
create table sync_problem (
    user_id      uuid        not null references app_user (id),
    source       text        not null check (source in ('outbound', 'inbound', 'first-sync', 'budget')),
    code         text        not null,
    message      text        not null,
    since        timestamptz not null,
    next_try_at  timestamptz,
    primary key (user_id, source)
);

-- Salesforce records that could not be applied, set aside with the reason so the others go on.
-- Tried again when the record changes in Salesforce or when the user asks for a retry.
create table inbound_set_aside (
    user_id          uuid        not null references app_user (id),
    salesforce_id    text        not null,
    subject          text,
    reason           text        not null,
    system_modstamp  timestamptz,
    first_seen_at    timestamptz not null,
    last_seen_at     timestamptz not null,
    attempts         integer     not null default 1,
    retry_requested  boolean     not null default false,
    primary key (user_id, salesforce_id)
);

alter table sync_log_entry drop constraint sync_log_entry_action_check;
alter table sync_log_entry add constraint sync_log_entry_action_check check (action in ('create', 'update',
    'complete', 'reopen', 'delete', 'conflict', 'error', 'import', 'problem', 'recovered', 'setAside', 'retry'));
