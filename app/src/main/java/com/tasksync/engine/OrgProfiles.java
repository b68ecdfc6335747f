package com.tasksync.engine;

import com.tasksync.mapping.StatusValues;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What the engine learns once per org: the Status values to write (the configured closed status,
 * and the configured open status or else the org's default TaskStatus) and whether the org has
 * the configured external ID field on Task.
 */
@Component
public class OrgProfiles {

    private static final Logger log = LoggerFactory.getLogger(OrgProfiles.class);

    private final SyncEngineProperties properties;
    private final Map<String, StatusValues> statuses = new ConcurrentHashMap<>();
    private final Map<String, Boolean> withoutExternalId = new ConcurrentHashMap<>();

    OrgProfiles(SyncEngineProperties properties) {
        this.properties = properties;
    }

    public StatusValues statusValues(UserClient client) {
        return statuses.computeIfAbsent(client.orgId(), org -> new StatusValues(openStatus(client),
                properties.closedStatus()));
    }

    /** The external ID field to upsert by, unless the org turned out not to have it. */
    public Optional<String> externalIdField(String orgId) {
        if (!properties.hasExternalIdField() || withoutExternalId.containsKey(orgId)) {
            return Optional.empty();
        }
        return Optional.of(properties.externalIdField());
    }

    public void lacksExternalIdField(String orgId) {
        log.warn("Org {} has no Task field {}; creates fall back to looking up a lost create before a retry",
                orgId, properties.externalIdField());
        withoutExternalId.put(orgId, true);
    }

    private String openStatus(UserClient client) {
        if (!properties.openStatus().isBlank()) {
            return properties.openStatus();
        }
        try (var rows = client.client().query(
                "SELECT MasterLabel FROM TaskStatus WHERE IsDefault = true AND IsClosed = false LIMIT 1")) {
            return rows.findFirst().map(row -> row.string("MasterLabel")).orElse(StatusValues.DEFAULT_OPEN);
        } catch (RuntimeException e) {
            log.warn("Cannot read the default task status of org {}; writing '{}'", client.orgId(),
                    StatusValues.DEFAULT_OPEN, e);
            return StatusValues.DEFAULT_OPEN;
        }
    }
}
