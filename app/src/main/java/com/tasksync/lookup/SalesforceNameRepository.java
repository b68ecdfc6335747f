package com.tasksync.lookup;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code salesforce_name} table: names of records by org and id, with when each was read. */
@Repository
class SalesforceNameRepository {

    /** A row: the name is null when the record could not be read. */
    record Row(String recordId, String objectType, String name, Instant fetchedAt) {}

    private final JdbcClient jdbc;

    SalesforceNameRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, Row> find(String orgId, Collection<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var rows = new HashMap<String, Row>();
        jdbc.sql("select record_id, object_type, name, fetched_at from salesforce_name"
                        + " where org_id = :org and record_id = any(:ids)")
                .param("org", orgId)
                .param("ids", ids.toArray(String[]::new))
                .query((rs, n) -> new Row(rs.getString("record_id"), rs.getString("object_type"), rs.getString("name"),
                        rs.getTimestamp("fetched_at").toInstant()))
                .list()
                .forEach(row -> rows.put(row.recordId(), row));
        return rows;
    }

    /** Stores what was read, one statement for all rows; a later read of a record replaces the earlier. */
    void save(String orgId, List<Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.sql("""
                insert into salesforce_name (org_id, record_id, object_type, name, fetched_at)
                select :org, r.id, r.type, r.name, r.at
                from unnest(:ids, :types, :names, :ats) as r(id, type, name, at)
                on conflict (org_id, record_id) do update
                    set object_type = excluded.object_type, name = excluded.name, fetched_at = excluded.fetched_at
                """)
                .param("org", orgId)
                .param("ids", rows.stream().map(Row::recordId).toArray(String[]::new))
                .param("types", rows.stream().map(Row::objectType).toArray(String[]::new))
                .param("names", rows.stream().map(Row::name).toArray(String[]::new))
                .param("ats", rows.stream().map(r -> Timestamp.from(r.fetchedAt())).toArray(Timestamp[]::new))
                .update();
    }

    /** Who/what ids of a user's live tasks with no row in the org's names, or a row older than {@code staleBefore}. */
    List<String> missing(java.util.UUID userId, String orgId, Instant staleBefore, int limit) {
        return jdbc.sql("""
                select distinct ref from (
                    select t.who as ref from task t where t.user_id = :user and t.deleted_at is null and t.who is not null
                    union
                    select t.what from task t where t.user_id = :user and t.deleted_at is null and t.what is not null
                ) refs
                where not exists (select 1 from salesforce_name n
                                  where n.org_id = :org and n.record_id = refs.ref and n.fetched_at >= :stale)
                limit :limit
                """)
                .param("user", userId)
                .param("org", orgId)
                .param("stale", Timestamp.from(staleBefore))
                .param("limit", limit)
                .query(String.class)
                .list();
    }
}
