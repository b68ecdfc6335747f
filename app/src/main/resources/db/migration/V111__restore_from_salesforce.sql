-- A task restored from Salesforce's recycle bin comes back out of TaskSync's Trash; the sync log
-- says so with its own action.
alter table sync_log_entry drop constraint sync_log_entry_action_check;
alter table sync_log_entry add constraint sync_log_entry_action_check check (action in ('create', 'update',
    'complete', 'reopen', 'delete', 'restore', 'conflict', 'error', 'import', 'problem', 'recovered', 'setAside',
    'retry'));
