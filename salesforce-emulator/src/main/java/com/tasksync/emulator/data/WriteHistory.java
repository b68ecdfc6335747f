package com.tasksync.emulator.data;

import com.tasksync.emulator.http.Access;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.http.Response;
import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Directory;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.SalesforceIds;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every committed write of an org's records, kept for the admin API so that a test which finds a
 * record in an unexpected state can ask how it got there (Salesforce keeps no such history for Task;
 * this is a test aid, not a Salesforce feature). Each entry holds the record, its new SystemModstamp,
 * the writing user, the client named in {@code Sforce-Call-Options}, and the fields that changed
 * with their values before and after. The newest {@value #KEPT} entries of each org are kept.
 *
 * <p>{@code GET /__admin/orgs/{orgId}/history} lists them oldest first; {@code ?id=} keeps one
 * record's (15 or 18 characters), {@code ?type=} one sObject type's.
 */
public final class WriteHistory {

    static final int KEPT = 5_000;

    /** Fields every write changes, reported apart rather than as changes. */
    private static final Set<String> STAMPS = Set.of("SystemModstamp", "LastModifiedDate", "LastModifiedById");

    /** One committed change of one record. */
    public record Entry(String type, String id, String stamp, String by, String client, String operation,
            Map<String, List<String>> changed) {
    }

    private final Deque<Entry> entries = new ArrayDeque<>();

    private WriteHistory() {
    }

    /** The org's history, listening to its commits from the first call on: call it when the org is made. */
    public static WriteHistory of(Org org) {
        return org.part(WriteHistory.class, o -> {
            var history = new WriteHistory();
            OrgData.of(o).onCommit(history::record);
            return history;
        });
    }

    public static void register(Router router, Directory directory) {
        router.get("/__admin/orgs/{orgId}/history", Access.ADMIN, request -> list(request, directory));
    }

    private void record(List<RecordChange> changes) {
        var made = new ArrayList<Entry>(changes.size());
        for (var change : changes) {
            made.add(entry(change));
        }
        synchronized (entries) {
            for (var entry : made) {
                entries.addLast(entry);
                if (entries.size() > KEPT) {
                    entries.removeFirst();
                }
            }
        }
    }

    /** The kept entries, oldest first, of one record (by canonical id) and/or type when given. */
    public List<Entry> entries(String id, String type) {
        synchronized (entries) {
            return entries.stream()
                    .filter(entry -> id == null || entry.id().equals(id))
                    .filter(entry -> type == null || entry.type().equalsIgnoreCase(type))
                    .toList();
        }
    }

    private static Entry entry(RecordChange change) {
        var after = change.after();
        var before = change.before() == null ? Map.<String, Object>of() : change.before();
        var changed = new LinkedHashMap<String, List<String>>();
        var names = new java.util.TreeSet<>(after.keySet());
        names.addAll(before.keySet());
        for (var name : names) {
            if (STAMPS.contains(name) || Objects.equals(before.get(name), after.get(name))) {
                continue;
            }
            changed.put(name, java.util.Arrays.asList(text(before.get(name)), text(after.get(name))));
        }
        var operation = change.created() ? "create" : change.deleted() && !change.deletedBefore() ? "delete"
                : change.deletedBefore() && !change.deleted() ? "undelete" : "update";
        return new Entry(change.type(), change.id(), text(after.get("SystemModstamp")),
                text(after.get("LastModifiedById")), change.client(), operation, changed);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static Response list(Request request, Directory directory) {
        Org org = directory.org(request.pathVariable("orgId")).orElseThrow(ApiException::notFound);
        String id = request.query("id");
        String canonical = id == null ? null : SalesforceIds.canonical(id);
        if (id != null && canonical == null) {
            throw ApiException.badRequest("MALFORMED_ID", "id: not a Salesforce id: " + id, "id");
        }
        ArrayNode list = Json.array();
        for (var entry : of(org).entries(canonical, request.query("type"))) {
            ObjectNode item = list.addObject();
            item.put("type", entry.type());
            item.put("id", entry.id());
            item.put("operation", entry.operation());
            item.put("systemModstamp", entry.stamp());
            item.put("lastModifiedById", entry.by());
            item.put("client", entry.client());
            ObjectNode fields = item.putObject("changed");
            entry.changed().forEach((name, values) -> {
                ObjectNode field = fields.putObject(name);
                field.put("before", values.get(0));
                field.put("after", values.get(1));
            });
        }
        ObjectNode out = Json.object();
        out.put("kept", KEPT);
        out.set("history", list);
        return Response.json(200, out);
    }
}
