-- Changes the org's safety poll took in while its stream was live and answered: the stream had not
-- brought them (an event lost, or not yet delivered when the poll read). Admins see the count and the
-- last time; a count that keeps growing says the stream loses events.
alter table change_stream add column missed bigint not null default 0;
alter table change_stream add column last_missed_at timestamptz;
