/** Test support shared by the client's tests: fixtures and the running emulator. */
package com.tasksync.salesforce.client.support;
