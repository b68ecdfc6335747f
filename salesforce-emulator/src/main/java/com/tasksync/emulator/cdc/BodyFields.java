package com.tasksync.emulator.cdc;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.SObjectType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The record fields a change event carries, in schema order: every field of the object except
 * Id (the header's recordIds), IsDeleted and SystemModstamp, which change events leave out; the
 * audit fields come last, as in Salesforce's schemas.
 */
final class BodyFields {

    private static final Set<String> LEFT_OUT = Set.of("Id", "IsDeleted", "SystemModstamp");
    private static final List<String> AUDIT = List.of("CreatedDate", "CreatedById", "LastModifiedDate",
            "LastModifiedById");

    private BodyFields() {
    }

    static List<FieldDef> of(SObjectType type) {
        List<FieldDef> out = new ArrayList<>();
        for (FieldDef f : type.fields()) {
            if (!LEFT_OUT.contains(f.name()) && !AUDIT.contains(f.name())) {
                out.add(f);
            }
        }
        for (String name : AUDIT) {
            FieldDef f = type.field(name);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }
}
