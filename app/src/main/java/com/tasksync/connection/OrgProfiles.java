package com.tasksync.connection;

import com.tasksync.mapping.StatusValues;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the engine learns once per org: the Status values to write (the configured closed status,
 * and the configured open status or else the org's default TaskStatus) and whether Task has the
 * configured external ID field, read from the org's describe. Only answers Salesforce gave are
 * kept: a lookup that fails throws, and the caller retries later.
 */
@Component
public class OrgProfiles {

    private static final Logger log = LoggerFactory.getLogger(OrgProfiles.class);

    private final SalesforceAccessProperties properties;
    private final Map<String, StatusValues> statuses = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hasExternalId = new ConcurrentHashMap<>();

    OrgProfiles(SalesforceAccessProperties properties) {
        this.properties = properties;
    }

    public StatusValues statusValues(UserClient client) {
        return statuses.computeIfAbsent(client.orgId(), org -> new StatusValues(openStatus(client),
                properties.closedStatus()));
    }

    /** The external ID field to upsert by and to read our creates back with, when the org has it. */
    public Optional<String> externalIdField(UserClient client) {
        if (!properties.hasExternalIdField()) {
            return Optional.empty();
        }
        var present = hasExternalId.computeIfAbsent(client.orgId(), org -> describeHasField(client));
        return present ? Optional.of(properties.externalIdField()) : Optional.empty();
    }

    /** Salesforce refused the field on a write: the org lost it (or never had it) after all. */
    public void lacksExternalIdField(String orgId) {
        log.warn("Org {} has no Task field {}; creates fall back to looking up a lost create before a retry",
                orgId, properties.externalIdField());
        hasExternalId.put(orgId, false);
    }

    private boolean describeHasField(UserClient client) {
        var field = client.client().describe("Task").field(properties.externalIdField());
        var usable = field.filter(f -> f.externalId() && f.createable() && f.updateable()).isPresent();
        if (!usable) {
            log.warn("Org {} has no usable external ID field Task.{}: creates are made idempotent by looking"
                    + " up a lost create before a retry", client.orgId(), properties.externalIdField());
        }
        return usable;
    }

    private String openStatus(UserClient client) {
        if (!properties.openStatus().isBlank()) {
            return properties.openStatus();
        }
        try (var rows = client.client().query(
                "SELECT MasterLabel FROM TaskStatus WHERE IsDefault = true AND IsClosed = false LIMIT 1")) {
            return rows.findFirst().map(row -> row.string("MasterLabel")).orElse(StatusValues.DEFAULT_OPEN);
        }
    }
}
