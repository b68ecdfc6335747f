/**
 * Salesforce records and write results as the sync engine sees them: {@link
 * com.tasksync.salesforce.client.record.SObject} wraps a record's JSON with typed getters,
 * and {@link com.tasksync.salesforce.client.record.SalesforceDateTimes} reads and writes the
 * date and datetime formats Salesforce uses on the wire.
 */
package com.tasksync.salesforce.client.record;
