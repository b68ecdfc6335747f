package com.tasksync.emulator.oauth;

import com.tasksync.emulator.http.Router;
import com.tasksync.emulator.org.Directory;

/** Registers OAuth 2.0 under /services/oauth2/ and the identity URL. */
public final class OAuthEndpoints {

    private OAuthEndpoints() {
    }

    public static void register(Router router, Directory directory) {
    }
}
