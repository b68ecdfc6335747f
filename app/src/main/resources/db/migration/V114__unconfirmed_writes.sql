-- Versions of a task sent to Salesforce whose answer never came back (a lost response, a timeout, a
-- node killed mid-call), newest last: a record holding one of their values holds our write, not a
-- change made in Salesforce. Cleared once both sides are known to agree again.
alter table task_link add column unconfirmed_fields jsonb;
