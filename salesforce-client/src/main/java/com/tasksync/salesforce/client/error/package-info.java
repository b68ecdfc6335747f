/**
 * The one exception the client throws and the one place that decides whether a failure is
 * worth retrying. Callers branch on {@link com.tasksync.salesforce.client.error.Retryability}
 * instead of on HTTP statuses or error codes.
 */
package com.tasksync.salesforce.client.error;
