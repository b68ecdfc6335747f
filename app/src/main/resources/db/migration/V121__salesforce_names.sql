-- Names of the Salesforce records tasks point to (WhoId: contacts and leads; WhatId: accounts,
-- opportunities), per org, as a rep's session could read them: the pages show them instead of ids.
-- A null name records that the record could not be read (deleted, or hidden by sharing) at fetched_at.
create table salesforce_name (
    org_id      text        not null,
    record_id   text        not null,
    object_type text,
    name        text,
    fetched_at  timestamptz not null,
    primary key (org_id, record_id)
);
