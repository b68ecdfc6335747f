package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.http.ApiException;
import com.tasksync.emulator.http.Request;
import com.tasksync.emulator.org.SalesforceIds;
import com.tasksync.emulator.org.Session;
import com.tasksync.emulator.org.SessionGate;
import java.util.List;

/**
 * What a data API handler needs from its request: the org's data, the API version, the writer
 * (session user, {@code Sforce-Call-Options} client and the user's record access), and the checks that turn path segments
 * into an sObject type and a record id.
 */
record Call(Request request, Session session, OrgData data, int version, Writer writer) {

    static Call of(Request request) {
        Session session = request.attribute(Session.class);
        SessionGate.ApiVersion version = request.attribute(SessionGate.ApiVersion.class);
        OrgData data = OrgData.of(session.org());
        data.maintain();
        return new Call(request, session, data, version == null ? 66 : version.major(),
                new Writer(session.user().id(), client(request.header("Sforce-Call-Options")),
                        RecordAccess.of(session.org(), session.user().id())));
    }

    RecordAccess access() {
        return writer.access();
    }

    String apiPath() {
        return "/services/data/v" + version + ".0";
    }

    SObjectType type(String name) {
        SObjectType type = data.schema().type(name);
        if (type == null) {
            throw ApiException.notFound();
        }
        return type;
    }

    /** The canonical id of a record of that type; anything else is MALFORMED_ID as Salesforce words it. */
    static String id(SObjectType type, String raw) {
        String id = SalesforceIds.canonical(raw);
        if (id == null || !id.startsWith(type.keyPrefix())) {
            throw new ApiException(400, "MALFORMED_ID", type.label() + " ID: id value of incorrect type: " + raw,
                    List.of("Id"));
        }
        return id;
    }

    static String client(String callOptions) {
        if (callOptions == null) {
            return null;
        }
        for (String part : callOptions.split(",")) {
            String p = part.trim();
            if (p.startsWith("client=")) {
                return p.substring("client=".length());
            }
        }
        return null;
    }
}
