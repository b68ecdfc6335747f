package com.tasksync.emulator.soql;

import com.tasksync.emulator.data.FieldDef;
import com.tasksync.emulator.data.FieldType;
import com.tasksync.emulator.data.SObjectType;
import java.util.Locale;

/**
 * Finds the field a query names, in any letter case and optionally prefixed with the object's name
 * or alias ({@code Task.Subject}, {@code t.Subject}). Paths through relationships are recognised but
 * not evaluated.
 */
final class FieldResolver {

    private final SObjectType type;
    private final String alias;
    private final SoqlErrors errors;

    FieldResolver(SObjectType type, String alias, SoqlErrors errors) {
        this.type = type;
        this.alias = alias;
        this.errors = errors;
    }

    FieldDef resolve(Token token) {
        String path = token.text();
        int dot = path.indexOf('.');
        if (dot > 0 && qualifiesThisObject(path.substring(0, dot))) {
            path = path.substring(dot + 1);
            dot = path.indexOf('.');
        }
        if (dot >= 0) {
            throw relationship(token, path, dot);
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

    private RuntimeException relationship(Token token, String path, int dot) {
        String relationship = path.substring(0, dot);
        if (relationship.isEmpty() || dot == path.length() - 1) {
            return errors.unexpected(token);
        }
        if (!knownRelationship(relationship)) {
            return errors.unknownRelationship(token, relationship);
        }
        return errors.at(token, SoqlErrors.MALFORMED_QUERY,
                "Relationship paths such as '" + token.text() + "' are not supported by the emulator; select the " + relationship
                        + " lookup's Id field and query that object separately.");
    }

    private boolean knownRelationship(String relationship) {
        String lower = relationship.toLowerCase(Locale.ROOT);
        String idField = lower.endsWith("__r") ? lower.substring(0, lower.length() - 3) + "__c" : lower + "id";
        FieldDef field = type.field(idField);
        return field != null && field.type() == FieldType.REFERENCE;
    }
}
