package com.tasksync.salesforce.client;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The part of an sObject's {@code describe} a client decides by: its fields and what each allows. */
public record SObjectDescription(String name, Map<String, Field> fields) {

    /** One field: its type, and whether it is an external ID, can be set on create and on update. */
    public record Field(String name, String type, boolean externalId, boolean createable, boolean updateable) {}

    public SObjectDescription {
        fields = Map.copyOf(fields);
    }

    /** The field of that name in any letter case, as Salesforce matches names. */
    public Optional<Field> field(String name) {
        return fields.values().stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    static SObjectDescription from(JsonNode json) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (JsonNode f : json.path("fields")) {
            String name = f.path("name").asString();
            fields.put(name, new Field(name, f.path("type").asString(), f.path("externalId").asBoolean(false),
                    f.path("createable").asBoolean(false), f.path("updateable").asBoolean(false)));
        }
        return new SObjectDescription(json.path("name").asString(), fields);
    }
}
