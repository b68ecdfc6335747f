package com.tasksync.emulator.admin;

import java.util.List;

/**
 * A connected app to register: callback URLs, an optional PEM certificate (X.509, or a bare
 * public key) for the JWT bearer flow, and an optional run-as username for client_credentials.
 */
public record NewConnectedApp(String name, List<String> redirectUris, String certificatePem, String runAsUsername) {

    public static NewConnectedApp of(String name, String... redirectUris) {
        return new NewConnectedApp(name, List.of(redirectUris), null, null);
    }

    public NewConnectedApp withCertificate(String pem) {
        return new NewConnectedApp(name, redirectUris, pem, runAsUsername);
    }

    public NewConnectedApp withRunAs(String username) {
        return new NewConnectedApp(name, redirectUris, certificatePem, username);
    }
}
