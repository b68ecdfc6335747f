package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.Json;
import com.tasksync.emulator.soql.SoqlQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query resource's column description, {@code /query?q=...&columns=true}: what each selected
 * column is, without the records (the Salesforce CLI asks for it before it prints a query). A field
 * read through a relationship is a column of the relationship with the field among its
 * {@code joinColumns}.
 */
final class QueryColumns {

    private QueryColumns() {
    }

    static ObjectNode describe(SoqlQuery query) {
        SObjectType type = query.from();
        ObjectNode out = Json.object();
        ArrayNode columns = out.putArray("columnMetadata");
        Map<String, ObjectNode> relationships = new LinkedHashMap<>();
        for (String name : query.fields()) {
            int dot = name.indexOf('.');
            if (dot < 0) {
                columns.add(column(name, type.field(name), null));
                continue;
            }
            String relationship = name.substring(0, dot);
            ObjectNode parent = relationships.computeIfAbsent(relationship, r -> {
                ObjectNode node = column(r, null, null);
                columns.add(node);
                return node;
            });
            SObjectType target = query.relationships().stream().filter(r -> r.name().equals(relationship)).findFirst()
                    .orElseThrow().target();
            String field = name.substring(dot + 1);
            ((ArrayNode) parent.get("joinColumns")).add(column(field, target.field(field), null));
        }
        out.put("entityName", type.name());
        out.put("groupBy", false);
        out.put("idSelected", query.fields().contains("Id"));
        out.put("keyPrefix", type.keyPrefix());
        return out;
    }

    private static ObjectNode column(String name, FieldDef field, String foreignKey) {
        ObjectNode c = Json.object();
        c.put("aggregate", false);
        c.put("apexType", field == null ? null : apexType(field.type()));
        c.put("booleanType", field != null && field.type() == FieldType.BOOLEAN);
        c.put("columnName", name);
        c.put("custom", field != null && field.custom());
        c.put("displayName", name);
        c.put("foreignKeyName", foreignKey);
        c.put("insertable", field != null && field.createable());
        c.putArray("joinColumns");
        c.put("numberType", field != null && field.type().numeric());
        c.put("textType", field != null && field.type().textual() && field.type() != FieldType.ID
                && field.type() != FieldType.REFERENCE);
        c.put("updatable", field != null && field.updateable());
        return c;
    }

    private static String apexType(FieldType type) {
        return switch (type) {
            case ID, REFERENCE -> "Id";
            case BOOLEAN -> "Boolean";
            case DATE -> "Date";
            case DATETIME -> "Datetime";
            case INT -> "Integer";
            case DOUBLE, PERCENT -> "Double";
            case CURRENCY -> "Decimal";
            default -> "String";
        };
    }
}
