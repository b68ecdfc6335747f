package com.tasksync.emulator.data;

import com.tasksync.emulator.schema.SObjectType;
import com.tasksync.emulator.soql.Relationship;
import java.util.List;

/** What a query's records look like on the wire: their type, the selected fields, and the relationships those read through. */
record SoqlShape(SObjectType type, List<String> fields, List<Relationship> relationships) {
}
