-- A field changed differently on both sides: which value was kept and the other one, so the task can
-- show the conflict until the rep has seen it, with a way to take the other value instead.
create table task_conflict (
    id           uuid primary key,
    user_id      uuid        not null references app_user (id),
    task_id      uuid        not null references task (id) on delete cascade,
    field        text        not null,
    kept_value   text,
    other_value  text,
    kept_side    text        not null check (kept_side in ('tasksync', 'salesforce')),
    at           timestamptz not null,
    seen_at      timestamptz
);
create index task_conflict_unseen on task_conflict (user_id, task_id) where seen_at is null;
