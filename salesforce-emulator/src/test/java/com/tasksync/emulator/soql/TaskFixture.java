package com.tasksync.emulator.soql;

import com.tasksync.emulator.schema.FieldDef;
import com.tasksync.emulator.schema.FieldType;
import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A small org schema with a Task-like object holding a field of every type, and a runner for queries over records. */
final class TaskFixture {

    private TaskFixture() {
    }

    static Schema schema() {
        Schema schema = new Schema();
        schema.add(new SObjectType("Task", "Task", "Tasks", "00T", false, List.of(
                field("Id", FieldType.ID),
                field("Subject", FieldType.STRING),
                field("Description", FieldType.TEXTAREA),
                field("Status", FieldType.PICKLIST),
                field("Tags__c", FieldType.MULTIPICKLIST),
                field("Kind__c", FieldType.COMBOBOX),
                reference("WhoId", "Contact"),
                reference("OwnerId", "User"),
                field("IsClosed", FieldType.BOOLEAN),
                field("ActivityDate", FieldType.DATE),
                field("CreatedDate", FieldType.DATETIME),
                field("CallDurationInSeconds", FieldType.INT),
                field("Score__c", FieldType.DOUBLE),
                field("Amount__c", FieldType.CURRENCY),
                field("Share__c", FieldType.PERCENT),
                field("Email__c", FieldType.EMAIL),
                field("Phone__c", FieldType.PHONE),
                field("Link__c", FieldType.URL))));
        schema.add(new SObjectType("Contact", "Contact", "Contacts", "003", false, List.of(field("Id", FieldType.ID),
                field("LastName", FieldType.STRING))));
        return schema;
    }

    static FieldDef field(String name, FieldType type) {
        return new FieldDef(name, name, type, 255, true, true, true, false, name.endsWith("__c"), List.of(), false, List.of(), null);
    }

    private static FieldDef reference(String name, String target) {
        return new FieldDef(name, name, FieldType.REFERENCE, 18, true, true, true, false, false, List.of(), false, List.of(target), null);
    }

    /** Runs a query the way the store will: filter, sort, skip the offset, cut at the limit; answers the Subjects. */
    static List<String> subjects(String soql, SoqlContext context, List<Map<String, Object>> records) {
        return run(soql, context, records).stream().map(record -> (String) record.get("Subject")).toList();
    }

    static List<Map<String, Object>> run(String soql, SoqlContext context, List<Map<String, Object>> records) {
        SoqlQuery query = SoqlEngine.compile(soql, schema());
        Stream<Map<String, Object>> matching = records.stream().filter(record -> query.matches(record, context));
        Comparator<Map<String, Object>> ordering = query.ordering();
        if (ordering != null) {
            matching = matching.sorted(ordering);
        }
        matching = matching.skip(query.offset().orElse(0));
        if (query.limit().isPresent()) {
            matching = matching.limit(query.limit().getAsInt());
        }
        return new ArrayList<>(matching.toList());
    }
}
