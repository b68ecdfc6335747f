/**
 * Which TaskSync task is which Salesforce Task, and the last version both sides agreed on: the base
 * of the three-way merge, and the writes to Salesforce in flight that reads must not mistake for
 * Salesforce's own changes. Both directions of sync read and write links, always after locking the
 * task they belong to.
 */
package com.tasksync.links;
