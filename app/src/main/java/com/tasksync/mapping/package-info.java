/**
 * Pure rules of sync, with no Spring and no I/O: how a TaskSync task maps to a Salesforce Task
 * and back, the shape of the last synced version, the three-way field merge, and echo detection.
 * The outbound and inbound packages call these; everything here is tested without a database.
 */
package com.tasksync.mapping;
