package com.tasksync.emulator.org;

import java.util.Locale;

/**
 * The system permissions the emulator models, named as Salesforce names them: the API name
 * ({@code ViewAllData}) and the boolean field on PermissionSet and Profile that shows it
 * ({@code PermissionsViewAllData}). View Setup and Configuration governs reading setup objects of
 * the Tooling API, such as PlatformEventChannelMember.
 */
public enum Permission {
    API_ENABLED("ApiEnabled", "API Enabled"),
    VIEW_ALL_DATA("ViewAllData", "View All Data"),
    MODIFY_ALL_DATA("ModifyAllData", "Modify All Data"),
    VIEW_SETUP("ViewSetup", "View Setup and Configuration");

    private final String apiName;
    private final String label;

    Permission(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    /** The PermissionSet and Profile field that holds it, such as {@code PermissionsViewAllData}. */
    public String field() {
        return "Permissions" + apiName;
    }

    /** The permission of that API name in any letter case, or null. */
    public static Permission ofApiName(String name) {
        for (Permission p : values()) {
            if (p.apiName.toLowerCase(Locale.ROOT).equals(name == null ? null : name.toLowerCase(Locale.ROOT))) {
                return p;
            }
        }
        return null;
    }
}
