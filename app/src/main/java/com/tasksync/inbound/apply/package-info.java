/**
 * How a Salesforce task lands in TaskSync: read with the org's SELECT list, applied in locked
 * batches, merged three-way, set aside when it cannot be applied. The import, the catch-up and the
 * poll all read through here.
 */
package com.tasksync.inbound.apply;
