package com.tasksync.inbound;

import com.tasksync.sync.OrgReading;
import com.tasksync.system.Timestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code change_stream} table: per org, the lease on its one subscription (on the database's
 * clock, so nodes' clocks do not matter), the replay id to resume after, and the stream's state.
 * Every write of a holder is fenced by {@code holder}: a node that lost its lease changes nothing.
 */
@Repository
public class ChangeStreamTable {

    private final JdbcClient jdbc;

    ChangeStreamTable(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the org's stream for {@code holder} when nobody holds it or the holder's lease ran out. */
    public boolean take(String orgId, String holder, Duration lease) {
        jdbc.sql("insert into change_stream (org_id) values (:orgId) on conflict (org_id) do nothing")
                .param("orgId", orgId).update();
        return jdbc.sql("""
                update change_stream set holder = :holder, lease_until = clock_timestamp() + :lease * interval '1 millisecond',
                    state = 'starting', state_since = clock_timestamp(), detail = null
                where org_id = :orgId and (holder is null or holder = :holder or lease_until < clock_timestamp())
                """).param("orgId", orgId).param("holder", holder).param("lease", lease.toMillis()).update() == 1;
    }

    /** Extends the holder's lease; false when another node took the stream. */
    public boolean renew(String orgId, String holder, Duration lease) {
        return jdbc.sql("""
                update change_stream set lease_until = clock_timestamp() + :lease * interval '1 millisecond'
                where org_id = :orgId and holder = :holder
                """).param("orgId", orgId).param("holder", holder).param("lease", lease.toMillis()).update() == 1;
    }

    public void release(String orgId, String holder, String state, String detail) {
        jdbc.sql("""
                update change_stream set holder = null, lease_until = null, state = :state, detail = :detail,
                    state_since = clock_timestamp()
                where org_id = :orgId and holder = :holder
                """).param("orgId", orgId).param("holder", holder).param("state", state).param("detail", detail)
                .update();
    }

    /** Records the stream's state; the time it entered it changes only when the state does. */
    public boolean state(String orgId, String holder, String state, String detail) {
        return jdbc.sql("""
                update change_stream set detail = :detail,
                    state_since = case when state = :state then state_since else clock_timestamp() end, state = :state
                where org_id = :orgId and holder = :holder
                """).param("orgId", orgId).param("holder", holder).param("state", state).param("detail", detail)
                .update() == 1;
    }

    /** Where the stream resumes: after this replay id, once the changes up to it are applied. */
    public Optional<byte[]> replayId(String orgId) {
        return jdbc.sql("select replay_id from change_stream where org_id = :orgId").param("orgId", orgId)
                .query((rs, row) -> rs.getBytes("replay_id")).optional().filter(id -> id != null);
    }

    /** Stores the replay id after its events' changes were applied; false when the lease is gone. */
    public boolean applied(String orgId, String holder, byte[] replayId, int events, Instant lastEventAt) {
        return jdbc.sql("""
                update change_stream set replay_id = :replayId, events = events + :events,
                    last_event_at = coalesce(:lastEventAt, last_event_at),
                    state = 'live', detail = null,
                    state_since = case when state = 'live' then state_since else clock_timestamp() end
                where org_id = :orgId and holder = :holder
                """).param("orgId", orgId).param("holder", holder).param("replayId", replayId).param("events", events)
                .param("lastEventAt", lastEventAt == null ? null : Timestamps.utc(lastEventAt)).update() == 1;
    }

    /** Forgets the replay id (past retention, or the org was reconnected): the stream starts from new events. */
    public void forgetReplayId(String orgId) {
        jdbc.sql("update change_stream set replay_id = null where org_id = :orgId").param("orgId", orgId).update();
    }

    /** Whether the org's stream runs: held under a live lease and delivering. */
    public boolean live(String orgId) {
        return jdbc.sql("""
                select count(*) from change_stream
                where org_id = :orgId and state = 'live' and lease_until > clock_timestamp()
                """).param("orgId", orgId).query(Long.class).single() > 0;
    }

    public Optional<OrgReading.Stream> find(String orgId) {
        return jdbc.sql("select * from change_stream where org_id = :orgId").param("orgId", orgId)
                .query((rs, row) -> new OrgReading.Stream(rs.getString("state"), Timestamps.read(rs, "state_since"),
                        rs.getString("detail"), rs.getString("holder"), Timestamps.read(rs, "last_event_at"),
                        rs.getLong("events"), rs.getLong("missed"), Timestamps.read(rs, "last_missed_at")))
                .optional();
    }

    /** The org's poll is asked for before its time, at {@code now}: it is then not the safety poll. */
    public void pollAsked(String orgId, Instant now) {
        jdbc.sql("update change_stream set poll_asked_at = :now where org_id = :orgId").param("orgId", orgId)
                .param("now", Timestamps.utc(now)).update();
    }

    /** Whether the org's poll was asked for before its time at or after {@code since} (TaskSync's clock). */
    public boolean pollAskedSince(String orgId, Instant since) {
        return jdbc.sql("select count(*) from change_stream where org_id = :orgId and poll_asked_at >= :since")
                .param("orgId", orgId).param("since", Timestamps.utc(since)).query(Long.class).single() > 0;
    }

    /** Counts changes the safety poll took in that the org's live stream had not brought. */
    public void missed(String orgId, int changes) {
        jdbc.sql("""
                update change_stream set missed = missed + :changes, last_missed_at = clock_timestamp()
                where org_id = :orgId
                """).param("orgId", orgId).param("changes", changes).update();
    }
}
