/**
 * Building SOQL from a template and bound values. Values become SOQL literals with every
 * reserved character escaped, so no value can change the shape of a query.
 */
package com.tasksync.salesforce.client.soql;
