package com.tasksync.salesforce.client;

import tools.jackson.databind.JsonNode;

/** A successful response: its status and JSON body (a missing node when the body is empty, as after 204). */
record ApiResponse(int status, JsonNode body) {
}
