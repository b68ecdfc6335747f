package com.tasksync.connection;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The orgs' integration users: connecting one (an admin's OAuth sign-in, see {@link ConnectController}),
 * its pre-flight check, run when it is connected, when an admin asks, and again by the engine while it
 * relies on it, and disconnecting it.
 */
@Service
public class OrgIntegrations {

    private static final Logger log = LoggerFactory.getLogger(OrgIntegrations.class);

    private final OrgIntegrationRepository repository;
    private final IntegrationClients clients;
    private final PreflightCheck preflight;
    private final SalesforceClients reps;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrgIntegrations(OrgIntegrationRepository repository, IntegrationClients clients, PreflightCheck preflight,
            SalesforceClients reps, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.clients = clients;
        this.preflight = preflight;
        this.reps = reps;
        this.events = events;
        this.clock = clock;
    }

    public Optional<OrgIntegration> find(String orgId) {
        return orgId == null ? Optional.empty() : repository.find(orgId);
    }

    public List<OrgIntegration> all() {
        return repository.all();
    }

    /** Stores the integration user of the tokens' org, replacing the org's earlier one, and checks it. */
    public OrgIntegration connect(URI loginHost, SalesforceTokens tokens, UUID connectedBy) {
        if (tokens.organizationId() == null || tokens.salesforceUserId() == null) {
            throw new IllegalStateException("Salesforce did not say which org and user signed in");
        }
        repository.save(loginHost, tokens, connectedBy, clock.instant());
        log.info("Org {} has an integration user now: {}", tokens.organizationId(), tokens.username());
        events.publishEvent(new IntegrationChanged(tokens.organizationId(), null));
        return check(tokens.organizationId()).orElseThrow();
    }

    /** Runs the pre-flight check now and stores its result; empty when the org has no integration user. */
    public Optional<OrgIntegration> check(String orgId) {
        var client = clients.forOrg(orgId);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        var result = run(orgId, client.get());
        var before = repository.find(orgId);
        repository.saveCheck(orgId, result);
        if (before.map(b -> b.readsOrg() != result.readsOrg() || b.changeEvents() != result.changeEvents())
                .orElse(true)) {
            log.info("Org {}'s integration user checked: org-level reads {}, change events {}", orgId,
                    result.readsOrg() ? "allowed" : "not allowed", result.changeEvents() ? "allowed" : "not allowed");
        }
        var lastGood = before.filter(OrgIntegration::readsOrg).filter(b -> !result.readsOrg())
                .map(b -> b.check().checkedAt()).orElse(null);
        events.publishEvent(new IntegrationChanged(orgId, lastGood));
        return repository.find(orgId);
    }

    private IntegrationCheck run(String orgId, IntegrationClient client) {
        try {
            return preflight.run(client);
        } catch (RuntimeException e) {
            log.warn("The pre-flight check of org {}'s integration user failed", orgId, e);
            return new IntegrationCheck(clock.instant(), List.of(new IntegrationCheck.Line("api", "API access",
                    IntegrationCheck.Outcome.FAIL, "Salesforce could not be reached: " + e.getMessage())), false, false);
        }
    }

    /**
     * When the last check is older than {@code maxAge}, confirms with one query that the integration user
     * still has View All Data (the check's time moves on), or runs the whole check when it lost it or
     * none ran yet. Returns the integration as it stands.
     */
    public Optional<OrgIntegration> confirmIfOlderThan(String orgId, Duration maxAge) {
        var current = repository.find(orgId);
        if (current.isEmpty()) {
            return current;
        }
        var check = current.get().check();
        if (check != null && !check.checkedAt().isBefore(clock.instant().minus(maxAge))) {
            return current;
        }
        var client = clients.forOrg(orgId);
        if (check == null || !check.readsOrg() || client.isEmpty()) {
            return check(orgId);
        }
        IntegrationCheck.Line line;
        try {
            line = preflight.viewAllData(client.get());
        } catch (RuntimeException e) {
            log.warn("Confirming View All Data of org {}'s integration user failed; trying again later: {}", orgId,
                    e.getMessage());
            return current;
        }
        if (line.outcome() != IntegrationCheck.Outcome.PASS) {
            return check(orgId);
        }
        repository.confirmed(orgId, clock.instant());
        return repository.find(orgId);
    }

    /** Forgets the org's integration user, revoking its refresh token where Salesforce lets it. */
    public boolean disconnect(String orgId) {
        var integration = repository.find(orgId);
        if (integration.isEmpty()) {
            return false;
        }
        repository.tokens(orgId).ifPresent(tokens -> {
            try {
                var token = tokens.refreshToken() != null ? tokens.refreshToken() : tokens.accessToken();
                reps.oauth(integration.get().loginHost()).revoke(token);
            } catch (RuntimeException e) {
                log.warn("Revoking the token of org {}'s integration user failed: {}", orgId, e.getMessage());
            }
        });
        repository.delete(orgId);
        log.info("Org {}'s integration user was disconnected", orgId);
        events.publishEvent(new IntegrationChanged(orgId, null));
        return true;
    }
}
