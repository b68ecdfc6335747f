package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.org.Org;
import com.tasksync.emulator.org.SalesforceIds;
import com.tasksync.emulator.soql.SoqlQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of UserRecordAccess, which exist only as answers: one per record named in the query's
 * {@code RecordId = } or {@code RecordId IN (...)} (at most 200), for the user of its {@code UserId = },
 * both of which Salesforce requires.
 */
final class UserRecordAccessRows {

    static final int MAX_RECORDS = 200;

    private UserRecordAccessRows() {
    }

    static boolean answers(SObjectType type) {
        return type.name().equals("UserRecordAccess");
    }

    static List<Row> rows(OrgData data, SoqlQuery query) {
        Set<Object> users = query.requiredValues("UserId");
        Set<Object> records = query.requiredValues("RecordId");
        if (users == null || records == null || users.size() != 1) {
            throw ApiException.badRequest("MALFORMED_QUERY", "a filter on a reified column is required [UserId,RecordId]");
        }
        if (records.size() > MAX_RECORDS) {
            throw ApiException.badRequest("MALFORMED_QUERY", "UserRecordAccess accepts at most " + MAX_RECORDS
                    + " RecordId values in one query");
        }
        Org org = data.org();
        String userId = SalesforceIds.canonical((String) users.iterator().next());
        if (userId == null || org.user(userId) == null) {
            return List.of();
        }
        RecordAccess access = RecordAccess.of(org, userId);
        List<Row> out = new ArrayList<>();
        for (Object raw : records) {
            String id = SalesforceIds.canonical((String) raw);
            SObjectType type = id == null ? null : data.schema().typeOfId(id);
            Row row = type == null ? null : data.store(type).get(id);
            if (row != null && !row.deleted()) {
                out.add(row(data, userId, row, access.level(type, row)));
            }
        }
        return out;
    }

    private static Row row(OrgData data, String userId, Row record, String level) {
        int rank = AccessObjects.ACCESS_LEVELS.indexOf(level);
        Map<String, Object> v = new HashMap<>();
        v.put("Id", record.id());
        v.put("UserId", userId);
        v.put("RecordId", record.id());
        v.put("HasReadAccess", rank >= 1);
        v.put("HasEditAccess", rank >= 2);
        v.put("HasDeleteAccess", rank >= 3);
        v.put("HasTransferAccess", rank >= 4);
        v.put("HasAllAccess", rank >= 5);
        v.put("MaxAccessLevel", level);
        SObjectType type = data.schema().type("UserRecordAccess");
        return new Row(record.id(), data.store(type).freeze(v), null, null);
    }
}
