/**
 * The shape of an org's objects: each sObject type with its fields and their types, as describe
 * reports them and as SOQL and the record writes check them. Depends on nothing else of the emulator.
 */
package com.tasksync.emulator.schema;
