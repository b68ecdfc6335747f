-- Reading Salesforce per user: a rep's own session sees only that rep's tasks (Salesforce's
-- sharing), so without an org-wide reader each syncing user has a cursor of their own. A cursor
-- is now named by what it reads: 'user:<id>' (one user, with that user's session) or 'org:<id>'
-- (every syncing user of the org, with a reader that sees them all).
alter table sync_cursor add column cursor_id text;
alter table sync_cursor add column user_id uuid references app_user (id);
update sync_cursor set cursor_id = 'org:' || org_id;
alter table sync_cursor alter column cursor_id set not null;
alter table sync_cursor drop constraint sync_cursor_pkey;
alter table sync_cursor add primary key (cursor_id);
create index sync_cursor_org on sync_cursor (org_id);
-- Polls of an org read with one user's session so far; they start again per user.
delete from sync_cursor where user_id is null;
