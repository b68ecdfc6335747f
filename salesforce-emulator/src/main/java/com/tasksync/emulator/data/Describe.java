package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.http.Json;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Describe results: the global sObject list, one type's summary, and a type's full describe with its fields. */
final class Describe {

    private Describe() {
    }

    static ObjectNode global(OrgData data, String apiPath) {
        ObjectNode root = Json.object();
        root.put("encoding", "UTF-8");
        root.put("maxBatchSize", 200);
        ArrayNode list = root.putArray("sobjects");
        data.schema().types().stream().sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(t -> list.add(summary(data, t, apiPath)));
        return root;
    }

    static ObjectNode summary(OrgData data, SObjectType type, String apiPath) {
        TypeTraits traits = data.traits(type);
        ObjectNode o = Json.object();
        o.put("activateable", false);
        o.put("createable", traits.createable());
        o.put("custom", type.custom());
        o.put("customSetting", false);
        o.put("deletable", traits.deletable());
        o.put("deprecatedAndHidden", false);
        o.put("feedEnabled", false);
        o.put("keyPrefix", type.keyPrefix());
        o.put("label", type.label());
        o.put("labelPlural", type.labelPlural());
        o.put("layoutable", traits.createable());
        o.put("mergeable", false);
        o.put("mruEnabled", traits.createable());
        o.put("name", type.name());
        o.put("queryable", true);
        o.put("replicateable", traits.replicateable());
        o.put("retrieveable", true);
        o.put("searchable", traits.createable());
        o.put("triggerable", traits.createable());
        o.put("undeletable", traits.deletable());
        o.put("updateable", traits.updateable());
        ObjectNode urls = o.putObject("urls");
        String base = apiPath + "/sobjects/" + type.name();
        urls.put("sobject", base);
        urls.put("describe", base + "/describe");
        urls.put("rowTemplate", base + "/{ID}");
        return o;
    }

    static ObjectNode full(OrgData data, SObjectType type, String apiPath) {
        ObjectNode o = summary(data, type, apiPath);
        boolean audit = data.traits(type).auditFields() && data.org().settings().setAuditFields();
        ArrayNode fields = o.putArray("fields");
        type.fields().forEach(f -> fields.add(field(f, audit && StandardObjects.AUDIT_FIELDS.contains(f.name()))));
        o.putArray("childRelationships");
        o.putArray("recordTypeInfos");
        o.putArray("supportedScopes");
        return o;
    }

    static ObjectNode field(FieldDef f, boolean auditCreateable) {
        ObjectNode o = Json.object();
        boolean createable = f.createable() || auditCreateable;
        o.put("aggregatable", f.type() != FieldType.TEXTAREA);
        o.put("autoNumber", false);
        o.put("byteLength", f.type().textual() ? f.length() * 3 : 0);
        o.put("calculated", false);
        o.put("caseSensitive", false);
        o.put("createable", createable);
        o.put("custom", f.custom());
        if (f.defaultValue() == null || f.type() == FieldType.BOOLEAN) {
            o.putNull("defaultValue");
        } else {
            o.put("defaultValue", FieldValues.format(f.defaultValue()));
        }
        o.put("defaultedOnCreate", f.defaultValue() != null || !f.nillable());
        o.put("dependentPicklist", false);
        o.put("externalId", f.externalId());
        o.put("filterable", f.type() != FieldType.TEXTAREA);
        o.put("groupable", f.type() != FieldType.TEXTAREA && f.type() != FieldType.DATETIME);
        o.put("idLookup", f.name().equals("Id") || f.externalId());
        o.put("label", f.label());
        o.put("length", f.type().textual() && f.type() != FieldType.ID && f.type() != FieldType.REFERENCE
                ? f.length() : f.type() == FieldType.ID || f.type() == FieldType.REFERENCE ? 18 : 0);
        o.put("name", f.name());
        o.put("nameField", f.name().equals("Name") || f.name().equals("Subject"));
        o.put("namePointing", f.referenceTo().size() > 1);
        o.put("nillable", f.nillable());
        o.put("permissionable", f.nillable() && f.createable());
        ArrayNode values = o.putArray("picklistValues");
        for (String v : f.picklistValues()) {
            ObjectNode p = values.addObject();
            p.put("active", true);
            p.put("defaultValue", v.equals(f.defaultValue()));
            p.put("label", v);
            p.putNull("validFor");
            p.put("value", v);
        }
        o.put("polymorphicForeignKey", f.referenceTo().size() > 1);
        o.put("precision", f.type() == FieldType.CURRENCY || f.type() == FieldType.DOUBLE ? 18 : 0);
        ArrayNode refs = o.putArray("referenceTo");
        f.referenceTo().forEach(refs::add);
        if (f.relationshipName() == null) {
            o.putNull("relationshipName");
        } else {
            o.put("relationshipName", f.relationshipName());
        }
        o.put("restrictedPicklist", f.restrictedPicklist());
        o.put("scale", f.type() == FieldType.CURRENCY || f.type() == FieldType.DOUBLE ? 2 : 0);
        o.put("soapType", soapType(f.type()));
        o.put("sortable", f.type() != FieldType.TEXTAREA);
        o.put("type", f.type().describeName());
        o.put("unique", f.unique());
        o.put("updateable", f.updateable());
        return o;
    }

    private static String soapType(FieldType type) {
        return switch (type) {
            case ID, REFERENCE -> "tns:ID";
            case BOOLEAN -> "xsd:boolean";
            case DATE -> "xsd:date";
            case DATETIME -> "xsd:dateTime";
            case INT -> "xsd:int";
            case DOUBLE, CURRENCY, PERCENT -> "xsd:double";
            default -> "xsd:string";
        };
    }
}
