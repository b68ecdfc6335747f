/**
 * OAuth 2.0 as Salesforce serves it under {@code /services/oauth2/}: the token endpoint with its
 * five grants, the HTML login and consent pages of the authorize endpoint, revoke, userinfo and
 * the identity URL. Response and error bodies follow Salesforce's shapes, and every URL handed
 * out points at the emulator.
 */
package com.tasksync.emulator.oauth;
