package com.tasksync.emulator.tooling;

import com.tasksync.emulator.cdc.OrgChangeFeed;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.SObjectType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PlatformEventChannelMember as the Tooling API shows it: one row per entity selected for Change
 * Data Capture, each a member of the standard channel, ChangeEvents. Read-only here; Setup (the
 * admin API) changes the selection. Members of custom channels do not exist in the emulator.
 */
final class ChannelMembers {

    static final String TYPE = "PlatformEventChannelMember";
    /** Salesforce introduced the object in API version 47.0. */
    static final int SINCE_VERSION = 47;
    /**
     * The standard channel's name, which the Metadata API documents for eventChannel and which
     * public Tooling queries filter on ({@code EventChannel = 'ChangeEvents'}); the Tooling reference
     * read here did not show the field's value for the standard channel, so this is unconfirmed.
     */
    static final String STANDARD_CHANNEL = "ChangeEvents";

    private ChannelMembers() {
    }

    static SObjectType type() {
        return new SObjectType(TYPE, "Platform Event Channel Member", "Platform Event Channel Members",
                OrgChangeFeed.CHANNEL_MEMBER_KEY_PREFIX, false, List.of(
                        field("Id", "Platform Event Channel Member ID", FieldType.ID, 18),
                        field("DeveloperName", "Developer Name", FieldType.STRING, 80),
                        field("EventChannel", "Event Channel", FieldType.STRING, 255),
                        field("SelectedEntity", "Selected Entity", FieldType.STRING, 255)));
    }

    private static FieldDef field(String name, String label, FieldType type, int length) {
        return new FieldDef(name, label, type, length, false, false, false, false, false, null, false, null, null);
    }

    /** The rows of the org's current selection, in the order of their entities' names. */
    static List<Map<String, Object>> rows(OrgChangeFeed feed) {
        List<Map<String, Object>> rows = new ArrayList<>();
        feed.channelMemberIds().forEach((entity, id) -> {
            String event = changeEventName(entity);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("Id", id);
            row.put("DeveloperName", STANDARD_CHANNEL + "_" + event);
            row.put("EventChannel", STANDARD_CHANNEL);
            row.put("SelectedEntity", event);
            rows.add(row);
        });
        return rows;
    }

    /** {@code TaskChangeEvent} for Task; {@code Foo__ChangeEvent} for the custom object Foo__c. */
    static String changeEventName(String entity) {
        return entity.endsWith("__c") ? entity.substring(0, entity.length() - 1) + "ChangeEvent" : entity + "ChangeEvent";
    }
}
