-- Failed sign-ins, counted per source address and per account in fixed windows, shared by every node.
-- An account's key is a SHA-256 of its lower-cased email, so no attacker-chosen text is stored.
-- Rows whose window has ended mean nothing and are deleted a few at a time.
create table sign_in_failure (
    scope            text        not null check (scope in ('address', 'account')),
    key              text        not null,
    failures         integer     not null,
    window_ends_at   timestamptz not null,
    -- accounts only: the earliest time the next attempt without a device cookie is let through
    next_attempt_at  timestamptz,
    primary key (scope, key)
);
create index sign_in_failure_window_ends on sign_in_failure (window_ends_at);

-- Personal API tokens. Only a SHA-256 of the token is stored; the token itself is shown once.
create table api_token (
    id            uuid primary key,
    user_id       uuid        not null references app_user (id),
    name          text        not null,
    token_hash    bytea       not null,
    created_at    timestamptz not null,
    last_used_at  timestamptz
);
create unique index api_token_hash on api_token (token_hash);
create index api_token_user on api_token (user_id, created_at);
