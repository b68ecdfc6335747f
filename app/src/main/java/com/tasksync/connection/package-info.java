/**
 * Each user's link to their Salesforce org: the OAuth authorization-code flow with PKCE
 * against the configured login host, and the tokens it yields, encrypted at rest with
 * AES-GCM. Tokens are never logged and never leave this package in clear except to call
 * Salesforce.
 */
package com.tasksync.connection;
