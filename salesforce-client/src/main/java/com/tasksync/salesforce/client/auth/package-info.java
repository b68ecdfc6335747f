/**
 * OAuth 2.0 against a Salesforce login host and the tokens that come out of it. {@link
 * com.tasksync.salesforce.client.auth.OAuthClient} runs the grants; {@link
 * com.tasksync.salesforce.client.auth.SalesforceConnection} holds a user's tokens, renews them
 * once when Salesforce rejects a session, and tells a listener so the app can store them.
 */
package com.tasksync.salesforce.client.auth;
