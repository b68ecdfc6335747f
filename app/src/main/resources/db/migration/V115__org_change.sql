-- A rep who connects to another Salesforce org than the one their tasks are linked to: sync waits
-- in 'org_changed' until the rep says what becomes of those tasks, and the log says what was done.
alter table sync_setting drop constraint sync_setting_state_check;
alter table sync_setting add constraint sync_setting_state_check
    check (state in ('off', 'importing', 'syncing', 'error', 'reconnect', 'org_changed'));
alter table sync_log_entry drop constraint sync_log_entry_action_check;
alter table sync_log_entry add constraint sync_log_entry_action_check check (action in ('create', 'update',
    'complete', 'reopen', 'delete', 'restore', 'conflict', 'error', 'import', 'problem', 'recovered', 'setAside',
    'retry', 'orgChange', 'unlink'));

-- A task the user took out of sync (Unlink, or kept in TaskSync only on a change of org) keeps its
-- link row as a marker: its record is neither written nor read into it again, nor linked anew by its
-- external ID.
alter table task_link add column unlinked_at timestamptz;
