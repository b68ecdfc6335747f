-- The Idempotency-Key of each task create that sent one, per user, with the answer it got. A row is
-- inserted first thing in the transaction that creates the task and gets the answer before that
-- transaction commits, so no other request ever sees it without one: a second request with the
-- same key waits for the first's transaction (PostgreSQL holds an insert of the same unique key
-- until then), then replays the stored answer. A row older than the retention (24 hours) may be
-- taken over by a new request; a job deletes such rows.
create table idempotency_key (
    user_id          uuid        not null references app_user (id),
    key              text        not null,
    -- SHA-256 of the request body with its members sorted by name
    request_hash     bytea       not null,
    -- null only inside the creating transaction
    response_status  integer,
    response_body    text,
    created_at       timestamptz not null,
    primary key (user_id, key)
);
create index idempotency_key_created on idempotency_key (created_at);
