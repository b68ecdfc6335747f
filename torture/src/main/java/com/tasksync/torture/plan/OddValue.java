package com.tasksync.torture.plan;

import com.tasksync.torture.model.Field;
import tools.jackson.databind.node.ObjectNode;

/** One odd but legal Salesforce value: its name, the TaskSync field it lands in, and the Task fields to write. */
record OddValue(String name, Field field, ObjectNode fields) {
}
