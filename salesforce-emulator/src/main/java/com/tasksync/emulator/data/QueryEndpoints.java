package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.soql.Relationship;
import com.tasksync.emulator.soql.SoqlContext;
import com.tasksync.emulator.soql.SoqlEngine;
import com.tasksync.emulator.soql.SoqlQuery;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * SOQL over REST: {@code /query} (live, unarchived rows), {@code /queryAll} (also the recycle bin
 * and archived tasks) and {@code /query/{locator}} for the following pages. Pages hold 2,000
 * records unless {@code Sforce-Query-Options: batchSize=} asks for 200 to 2,000. {@code columns=true}
 * answers the selected columns instead of the records.
 */
final class QueryEndpoints {

    static final int DEFAULT_BATCH = 2000;
    static final int MIN_BATCH = 200;

    private QueryEndpoints() {
    }

    static void register(Router router) {
        router.get("/services/data/{version}/query", Access.DATA_API, r -> run(r, false));
        router.get("/services/data/{version}/queryAll", Access.DATA_API, r -> run(r, true));
        router.get("/services/data/{version}/query/{locator}", Access.DATA_API, QueryEndpoints::more);
        router.get("/services/data/{version}/queryAll/{locator}", Access.DATA_API, QueryEndpoints::more);
    }

    private static Response run(Request r, boolean all) {
        Call call = Call.of(r);
        String soql = r.query("q");
        if (soql == null || soql.isBlank()) {
            throw ApiException.badRequest("MALFORMED_QUERY", "A query string has to be specified");
        }
        OrgData data = call.data();
        SoqlQuery query = SoqlEngine.compile(soql, data.schema());
        if ("true".equalsIgnoreCase(r.query("columns"))) {
            return Response.json(200, QueryColumns.describe(query));
        }
        Instant now = data.clock().now();
        SoqlContext context = new SoqlContext(now, zone(call));
        Row[] rows = data.read(() -> select(data, query, context, all, call.access()));
        ApiQueryLog.of(data.org()).record(call.session().user().id(), now, soql, all,
                query.countOnly() ? new Row[0] : rows);
        if (query.countOnly()) {
            return page(call, new SoqlShape(query.from(), List.of(), List.of()), rows.length, new Row[0], 0, 0, null);
        }
        int batch = batchSize(r.header("Sforce-Query-Options"));
        SoqlShape shape = new SoqlShape(query.from(), query.fields(), query.relationships());
        QueryCursors.Cursor cursor = rows.length > batch
                ? data.cursors().open(call.session().user().id(), shape, rows, batch, now) : null;
        return page(call, shape, rows.length, rows, 0, batch, cursor);
    }

    private static Response more(Request r) {
        Call call = Call.of(r);
        String locator = r.pathVariable("locator");
        int dash = locator.lastIndexOf('-');
        QueryCursors.Cursor cursor = null;
        int from = -1;
        if (dash > 0) {
            try {
                from = Integer.parseInt(locator.substring(dash + 1));
                cursor = call.data().cursors().use(locator.substring(0, dash), call.session().user().id(),
                        call.data().clock().now());
            } catch (NumberFormatException e) {
                cursor = null;
            }
        }
        if (cursor == null || from < 0 || from > cursor.rows.length) {
            throw ApiException.badRequest("INVALID_QUERY_LOCATOR", "invalid query locator");
        }
        return page(call, cursor.shape, cursor.rows.length, cursor.rows, from, cursor.batch, cursor);
    }

    private static Row[] select(OrgData data, SoqlQuery query, SoqlContext context, boolean all, RecordAccess access) {
        List<Row> out = new ArrayList<>();
        SObjectType type = query.from();
        boolean everything = access.readsAll(type);
        boolean related = !query.relationships().isEmpty();
        Iterable<Row> candidates = UserRecordAccessRows.answers(type) ? UserRecordAccessRows.rows(data, query)
                : data.store(type).rows();
        for (Row row : candidates) {
            if (!all && (row.deleted() || Boolean.TRUE.equals(row.get("IsArchived")))) {
                continue;
            }
            if (!everything && !access.canRead(type, row)) {
                continue;
            }
            if (query.matches(related ? new RelatedValues(row.values(), query.relationships(), data) : row.values(), context)) {
                out.add(row);
            }
        }
        Comparator<Row> order = query.ordering() == null ? Comparator.comparing(Row::id)
                : Comparator.<Row, java.util.Map<String, Object>>comparing(
                        row -> related ? new RelatedValues(row.values(), query.relationships(), data) : row.values(),
                        query.ordering()).thenComparing(Row::id);
        out.sort(order);
        int offset = query.offset().orElse(0);
        int end = query.limit().isPresent() ? Math.min(out.size(), offset + query.limit().getAsInt()) : out.size();
        if (offset >= end) {
            return new Row[0];
        }
        return out.subList(offset, end).toArray(new Row[0]);
    }

    private static Response page(Call call, SoqlShape shape, int total, Row[] rows, int from, int batch,
            QueryCursors.Cursor cursor) {
        SObjectType type = shape.type();
        List<String> fields = shape.fields();
        List<Relationship> relationships = shape.relationships();
        OrgData data = call.data();
        int to = Math.min(rows.length, from + batch);
        boolean done = to >= rows.length;
        String apiPath = call.apiPath();
        return RecordJson.response(200, g -> {
            g.writeStartObject();
            g.writeNumberProperty("totalSize", total);
            g.writeBooleanProperty("done", done);
            if (!done) {
                g.writeStringProperty("nextRecordsUrl", apiPath + "/query/" + cursor.id + "-" + to);
            }
            g.writeName("records");
            g.writeStartArray();
            for (int i = from; i < to; i++) {
                if (relationships.isEmpty()) {
                    RecordJson.write(g, type, rows[i], fields, apiPath);
                } else {
                    RecordJson.writeRelated(g, type, new RelatedValues(rows[i].values(), relationships, data), rows[i], fields,
                            apiPath);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static ZoneId zone(Call call) {
        String key = call.session().user().timeZoneSidKey();
        try {
            return ZoneId.of(key == null ? call.data().org().settings().timeZoneSidKey() : key);
        } catch (RuntimeException e) {
            return ZoneId.of("UTC");
        }
    }

    static int batchSize(String header) {
        if (header == null) {
            return DEFAULT_BATCH;
        }
        for (String part : header.split(",")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "batchSize=", 0, 10)) {
                try {
                    int n = Integer.parseInt(p.substring(10).trim());
                    return Math.max(MIN_BATCH, Math.min(DEFAULT_BATCH, n));
                } catch (NumberFormatException e) {
                    return DEFAULT_BATCH;
                }
            }
        }
        return DEFAULT_BATCH;
    }
}
