-- How many tasks each user has, and how many task writes there have been, kept by the database
-- itself so that a page of tasks does not count a hundred thousand rows on every request, nor a
-- live page's stamp read them all. Each statement that writes tasks appends one row per user it
-- touched (never an update of a shared row: writers do not wait for each other and cannot deadlock
-- on it); the sums of a user's rows are the counts, and a job folds a user's rows into one now and
-- then (TaskTallies.fold).
create table task_tally (
    user_id uuid not null,
    live bigint not null,  -- not in Trash
    open bigint not null,  -- not in Trash and open
    trash bigint not null, -- in Trash
    writes bigint not null -- task rows inserted, updated or deleted: only ever grows
);
create index task_tally_user on task_tally (user_id);

insert into task_tally (user_id, live, open, trash, writes)
select user_id,
       count(*) filter (where deleted_at is null),
       count(*) filter (where deleted_at is null and status = 'open'),
       count(*) filter (where deleted_at is not null),
       sum(version)
from task group by user_id;

-- what a set of task rows adds to their users' counts
create function task_tally_of(rows_changed_sign int, user_id uuid, deleted_at timestamptz, status text)
    returns table (user_id uuid, live int, open int, trash int) language sql immutable as $$
    select user_id,
           rows_changed_sign * (deleted_at is null)::int,
           rows_changed_sign * (deleted_at is null and status = 'open')::int,
           rows_changed_sign * (deleted_at is not null)::int
$$;

create function task_tally_insert() returns trigger language plpgsql as $$
begin
    insert into task_tally (user_id, live, open, trash, writes)
    select n.user_id, sum(t.live), sum(t.open), sum(t.trash), count(*)
    from new_rows n, task_tally_of(1, n.user_id, n.deleted_at, n.status) t
    group by n.user_id;
    return null;
end $$;

create function task_tally_delete() returns trigger language plpgsql as $$
begin
    insert into task_tally (user_id, live, open, trash, writes)
    select o.user_id, sum(t.live), sum(t.open), sum(t.trash), count(*)
    from old_rows o, task_tally_of(-1, o.user_id, o.deleted_at, o.status) t
    group by o.user_id;
    return null;
end $$;

create function task_tally_update() returns trigger language plpgsql as $$
begin
    insert into task_tally (user_id, live, open, trash, writes)
    select d.user_id, sum(d.live), sum(d.open), sum(d.trash), count(*) filter (where d.sign > 0)
    from (select t.*, 1 as sign from new_rows n, task_tally_of(1, n.user_id, n.deleted_at, n.status) t
          union all
          select t.*, -1 from old_rows o, task_tally_of(-1, o.user_id, o.deleted_at, o.status) t) d
    group by d.user_id;
    return null;
end $$;

create trigger task_tally_insert after insert on task
    referencing new table as new_rows for each statement execute function task_tally_insert();
create trigger task_tally_delete after delete on task
    referencing old table as old_rows for each statement execute function task_tally_delete();
create trigger task_tally_update after update on task
    referencing old table as old_rows new table as new_rows for each statement execute function task_tally_update();

create function task_tally_truncate() returns trigger language plpgsql as $$
begin
    delete from task_tally;
    return null;
end $$;

create trigger task_tally_truncate after truncate on task for each statement execute function task_tally_truncate();
