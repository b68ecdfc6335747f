package com.tasksync.torture.deploy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * The nodes' environment as the guide has an admin write it: every variable of
 * {@code deploy/tasksync.env.example}, with this machine's values. A variable this class cannot
 * fill stops the test, so the example never names one the test leaves out.
 */
final class GuideEnvironment {

    /** What this machine puts where the example has placeholders. */
    record Machine(String jdbcUrl, String rolePassword, String loginHost, String clientId, String clientSecret) {
    }

    private GuideEnvironment() {
    }

    static Map<String, String> of(Map<String, String> example, Machine machine) {
        var values = new HashMap<String, String>();
        for (var variable : example.entrySet()) {
            var value = switch (variable.getKey()) {
                case "SPRING_DATASOURCE_URL" -> machine.jdbcUrl();
                case "SPRING_DATASOURCE_PASSWORD" -> machine.rolePassword();
                case "TASKSYNC_SALESFORCE_LOGIN_HOST" -> machine.loginHost();
                case "TASKSYNC_SALESFORCE_CLIENT_ID" -> machine.clientId();
                case "TASKSYNC_SALESFORCE_CLIENT_SECRET" -> machine.clientSecret();
                case "TASKSYNC_SALESFORCE_TOKEN_KEY", "TASKSYNC_SECURITY_DEVICE_COOKIE_KEY" -> randomKey();
                case "TASKSYNC_ADMIN_PASSWORD" -> "admin-password-" + randomText(6);
                case "TASKSYNC_LOG_FORMAT" -> "ecs";
                // the example's own values fit; TaskSyncNode gives each node its port and address
                case "SPRING_DATASOURCE_USERNAME", "SERVER_PORT", "TASKSYNC_BASE_URL",
                        "SERVER_FORWARD_HEADERS_STRATEGY", "TASKSYNC_ADMIN_EMAIL" -> variable.getValue();
                default -> throw new IllegalStateException("deploy/tasksync.env.example sets " + variable.getKey()
                        + ", which the deployment test does not know: give it a value in GuideEnvironment and"
                        + " explain it in docs/deployment.md");
            };
            values.put(variable.getKey(), value);
        }
        return values;
    }

    /** 32 random bytes in base64, as {@code openssl rand -base64 32} makes a key. */
    static String randomKey() {
        return Base64.getEncoder().encodeToString(randomBytes(32));
    }

    static String randomText(int bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(bytes));
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
