/**
 * The SOQL engine: parses a query once against an org's schema into a {@link
 * com.tasksync.emulator.soql.SoqlQuery} of precompiled conditions and orderings, then runs them over
 * records held as maps. Errors carry Salesforce's error codes and its row/column message shape.
 */
package com.tasksync.emulator.soql;
