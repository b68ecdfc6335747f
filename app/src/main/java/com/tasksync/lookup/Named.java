package com.tasksync.lookup;

/**
 * A Salesforce record as a picker and a task show it.
 *
 * @param type the sObject type: Contact, Lead, Account or Opportunity
 */
public record Named(String id, String name, String type) {}
