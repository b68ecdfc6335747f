package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the field a query names, in any letter case and optionally prefixed with the object's name
 * or alias ({@code Task.Subject}, {@code t.Subject}). A path one step up a lookup to a single object
 * type ({@code PermissionSet.PermissionsViewAllData}) names a field of the parent, as
 * {@code Relationship.Field}; longer paths and polymorphic lookups are refused as unsupported.
 */
final class FieldResolver {

    private final SObjectType type;
    private final String alias;
    private final SoqlErrors errors;
    private final Schema schema;
    private final Map<String, Relationship> relationships = new LinkedHashMap<>();

    FieldResolver(SObjectType type, String alias, SoqlErrors errors, Schema schema) {
        this.type = type;
        this.alias = alias;
        this.errors = errors;
        this.schema = schema;
    }

    /** The relationships that resolved paths went through, in the order first met. */
    List<Relationship> relationships() {
        return List.copyOf(relationships.values());
    }

    FieldDef resolve(Token token) {
        String path = token.text();
        int dot = path.indexOf('.');
        if (dot > 0 && qualifiesThisObject(path.substring(0, dot))) {
            path = path.substring(dot + 1);
            dot = path.indexOf('.');
        }
        if (dot >= 0) {
            return parentField(token, path, dot);
        }
        FieldDef field = type.field(path);
        if (field == null) {
            throw errors.noSuchColumn(token, path, type.name());
        }
        return field;
    }

    private boolean qualifiesThisObject(String prefix) {
        return prefix.equalsIgnoreCase(type.name()) || prefix.equalsIgnoreCase(alias);
    }

    private FieldDef parentField(Token token, String path, int dot) {
        String name = path.substring(0, dot);
        String rest = path.substring(dot + 1);
        if (name.isEmpty() || rest.isEmpty()) {
            throw errors.unexpected(token);
        }
        FieldDef lookup = lookup(name);
        if (lookup == null) {
            throw errors.unknownRelationship(token, name);
        }
        SObjectType target = lookup.referenceTo().size() == 1 && schema != null ? schema.type(lookup.referenceTo().get(0)) : null;
        if (target == null || rest.contains(".")) {
            throw errors.at(token, SoqlErrors.MALFORMED_QUERY, "The emulator reads relationship paths such as '" + token.text()
                    + "' only one step up a lookup to a single object type; select the " + name
                    + " lookup's Id field and query that object separately.");
        }
        FieldDef parent = target.field(rest);
        if (parent == null) {
            throw errors.noSuchColumn(token, rest, target.name());
        }
        String relationship = lookup.relationshipName() != null ? lookup.relationshipName() : lookup.name().substring(0, lookup.name().length() - 2);
        relationships.putIfAbsent(relationship.toLowerCase(Locale.ROOT), new Relationship(relationship, lookup.name(), target));
        return new FieldDef(relationship + "." + parent.name(), parent.label(), parent.type(), parent.length(), true, false, false, false,
                parent.custom(), parent.picklistValues(), parent.restrictedPicklist(), parent.referenceTo(), null, false, null);
    }

    /** The lookup field behind a relationship name ({@code Owner} for OwnerId, {@code Foo__r} for Foo__c), or null. */
    private FieldDef lookup(String relationship) {
        String lower = relationship.toLowerCase(Locale.ROOT);
        for (FieldDef field : type.fields()) {
            if (field.type() == FieldType.REFERENCE && field.relationshipName() != null
                    && field.relationshipName().toLowerCase(Locale.ROOT).equals(lower)) {
                return field;
            }
        }
        String idField = lower.endsWith("__r") ? lower.substring(0, lower.length() - 3) + "__c" : lower + "id";
        FieldDef field = type.field(idField);
        return field != null && field.type() == FieldType.REFERENCE ? field : null;
    }
}
