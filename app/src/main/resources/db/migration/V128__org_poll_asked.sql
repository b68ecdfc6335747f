-- When the org's poll was last asked for before its time (the stream's settle, its first answer, a gap, a
-- rep going live, a retry), on TaskSync's clock: a poll asked for since the last one is not the safety
-- poll, so what it takes in is not counted as missed by the stream. One row per org, so that two
-- transactions asking at once wait for each other instead of locking the org's cursors in turn.
alter table change_stream add column poll_asked_at timestamptz;
