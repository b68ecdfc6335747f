/**
 * Salesforce records that tasks point to, by name: the contacts, leads, accounts and opportunities
 * of who and what, read with the rep's own session (so Salesforce's sharing decides what a rep sees),
 * kept per org for the pages, and searched for the pages' pickers.
 */
package com.tasksync.lookup;
