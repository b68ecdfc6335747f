-- When an org's poll was last asked for before its time (a stream's settle, its first answer, a gap, a rep
-- going live, a retry), on TaskSync's clock: a poll asked for since the last one is not the safety poll,
-- so what it takes in is not counted as missed by the stream.
alter table sync_cursor add column poll_asked_at timestamptz;
