package com.tasksync.salesforce.client;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The part of an sObject's {@code describe} a client decides by: its fields and what each allows. */
public record SObjectDescription(String name, Map<String, Field> fields) {

    /**
     * One field: its type, whether it is an external ID, can be set on create and on update, and for a
     * picklist its active values in the org's order.
     */
    public record Field(String name, String type, boolean externalId, boolean createable, boolean updateable,
            List<String> picklistValues) {

        public Field {
            picklistValues = List.copyOf(picklistValues);
        }

        public Field(String name, String type, boolean externalId, boolean createable, boolean updateable) {
            this(name, type, externalId, createable, updateable, List.of());
        }
    }

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
            List<String> values = new ArrayList<>();
            for (JsonNode value : f.path("picklistValues")) {
                if (value.path("active").asBoolean(true)) {
                    values.add(value.path("value").asString());
                }
            }
            fields.put(name, new Field(name, f.path("type").asString(), f.path("externalId").asBoolean(false),
                    f.path("createable").asBoolean(false), f.path("updateable").asBoolean(false), values));
        }
        return new SObjectDescription(json.path("name").asString(), fields);
    }
}
