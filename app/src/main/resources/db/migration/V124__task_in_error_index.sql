-- How many of a user's tasks Salesforce refused is part of the sync state that every page showing sync
-- asks for: with this index the count reads those few tasks, not every task of the user.
create index task_user_in_error on task (user_id) where sync_state = 'error' and deleted_at is null;
