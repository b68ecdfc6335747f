package com.tasksync.lookup;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The two task fields that point to Salesforce records, with the objects each can point to. */
public enum LookupField {
    WHO("who", List.of("Contact", "Lead")),
    WHAT("what", List.of("Account", "Opportunity"));

    /** The three-character key prefix of each object's ids (salesforce-api.md, Who/What prefixes). */
    static final Map<String, String> OBJECT_BY_PREFIX = Map.of(
            "003", "Contact", "00Q", "Lead", "001", "Account", "006", "Opportunity");

    private final String value;
    private final List<String> objects;

    LookupField(String value, List<String> objects) {
        this.value = value;
        this.objects = objects;
    }

    public String value() {
        return value;
    }

    List<String> objects() {
        return objects;
    }

    public static Optional<LookupField> of(String value) {
        for (var field : values()) {
            if (field.value.equals(value)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
