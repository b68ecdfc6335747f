-- Salesforce's time when the cursor's last successful read began. A record that read could not see yet
-- (its transaction still open) carries a SystemModstamp after this time minus the overlap, so the next
-- read starts there rather than the overlap before the watermark: records already read are not read
-- again at every poll (after a bulk change, that was every record of its last minute, poll after poll).
alter table sync_cursor add column read_started_at timestamptz;
