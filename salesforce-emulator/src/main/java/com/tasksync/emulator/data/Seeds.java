package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.org.Org;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The rows an org has from the start: its Organization row and TaskStatus values. (User rows
 * and the rows of who may do what are {@link AccessRows}'.)
 */
final class Seeds {

    private Seeds() {
    }

    static void seed(OrgData data, Org org) {
        Instant created = org.createdDate();
        SObjectType orgType = data.schema().type("Organization");
        Map<String, Object> o = audit(org.id(), created, null);
        o.put("Name", org.name());
        o.put("OrganizationType", "Developer Edition");
        o.put("TimeZoneSidKey", org.settings().timeZoneSidKey());
        o.put("IsSandbox", false);
        o.put("InstanceName", "EMU5");
        data.store(orgType).replace(null, new Row(org.id(), data.store(orgType).freeze(o), null, null));
        SObjectType statusType = data.schema().type("TaskStatus");
        int order = 1;
        for (TaskObject.Status s : TaskObject.statuses(org.settings().defaultTaskStatus())) {
            String id = data.newId(statusType);
            Map<String, Object> v = audit(id, created, null);
            v.put("MasterLabel", s.label());
            v.put("ApiName", s.label());
            v.put("SortOrder", order++);
            v.put("IsDefault", s.isDefault());
            v.put("IsClosed", s.closed());
            data.store(statusType).replace(null, new Row(id, data.store(statusType).freeze(v), null, null));
        }
    }

    static Map<String, Object> audit(String id, Instant at, String byUserId) {
        Map<String, Object> v = new HashMap<>();
        v.put("Id", id);
        v.put("CreatedDate", at);
        v.put("CreatedById", byUserId);
        v.put("LastModifiedDate", at);
        v.put("LastModifiedById", byUserId);
        v.put("SystemModstamp", at);
        return v;
    }
}
