package com.tasksync.connection;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores, reads and removes users' Salesforce connections. */
@Service
public class Connections {

    private static final Logger log = LoggerFactory.getLogger(Connections.class);

    private final ConnectionRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Connections(ConnectionRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    public Optional<StoredConnection> find(UUID userId) {
        return repository.find(userId);
    }

    /** The orgs users are connected to, with how many users each. */
    public java.util.Map<String, Long> usersByOrg() {
        return repository.usersByOrg();
    }

    public boolean isConnected(UUID userId) {
        return repository.find(userId).isPresent();
    }

    /** The decrypted tokens, for the code that calls Salesforce on the user's behalf. */
    public Optional<SalesforceTokens> tokens(UUID userId) {
        return repository.tokens(userId);
    }

    @Transactional
    public StoredConnection connect(UUID userId, URI loginHost, SalesforceTokens tokens) {
        repository.save(userId, loginHost, tokens, clock.instant());
        log.info("User {} connected to Salesforce org {} as {}", userId, tokens.organizationId(), tokens.username());
        events.publishEvent(new ConnectionChanged(userId, true, tokens.organizationId()));
        return repository.find(userId).orElseThrow();
    }

    @Transactional
    public void disconnect(UUID userId) {
        if (repository.delete(userId)) {
            log.info("User {} disconnected from Salesforce", userId);
            events.publishEvent(new ConnectionChanged(userId, false, null));
        }
    }
}
