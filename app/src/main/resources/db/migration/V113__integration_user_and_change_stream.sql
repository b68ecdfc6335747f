-- One Salesforce integration user per org, connected by an admin: org-level reads (the change
-- stream, the org poll, catch-ups) use it; each rep's writes keep the rep's own session. Tokens are
-- encrypted like salesforce_connection's. The pre-flight check's last result is kept with it.
create table org_integration (
    org_id             text primary key,
    login_host         text        not null,
    instance_url       text        not null,
    salesforce_user_id text        not null,
    username           text        not null,
    access_token       bytea       not null,
    refresh_token      bytea,
    connected_by       uuid references app_user (id) on delete set null,
    connected_at       timestamptz not null,
    checked_at         timestamptz,
    check_lines        jsonb,
    reads_org          boolean     not null default false,
    change_events      boolean     not null default false,
    reads_org_since    timestamptz
);

-- The org's Change Data Capture subscription: which node holds it (a lease all nodes compete for),
-- the replay id of the last event whose changes were applied, and what the stream is doing.
create table change_stream (
    org_id        text primary key,
    holder        text,
    lease_until   timestamptz,
    replay_id     bytea,
    state         text        not null default 'stopped',
    state_since   timestamptz not null default now(),
    detail        text,
    last_event_at timestamptz,
    events        bigint      not null default 0
);
