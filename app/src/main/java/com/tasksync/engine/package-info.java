/**
 * What the outbound and inbound sides of sync share: the engine's configuration, a Salesforce
 * client per connected user, the engine's API budget per org, the links between TaskSync tasks
 * and Salesforce Tasks, and what the engine knows of each user who turned sync on.
 */
package com.tasksync.engine;
