package com.tasksync.task;

import com.tasksync.system.ConflictException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Creates a task at most once per user and {@code Idempotency-Key}. The key is claimed in the
 * transaction that creates the task and keeps the answer, so a crash leaves neither. A repeat of
 * the request gets the stored answer again; the key with another body is refused (422). A request
 * that finds the key claimed by a create still running waits for it, then replays its answer or,
 * when that create rolled back, creates the task itself; after {@code tasksync.tasks.idempotency-key-wait}
 * it gives up with 409. A key expires {@code idempotency-key-retention} after its first use.
 */
@Service
class IdempotencyKeys {

    /** The answer to a keyed create: made now, or replayed from the request that made it. */
    record Answer(int status, JsonNode body, boolean replayed) {}

    private static final JsonMapper CANONICAL =
            JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();

    private final IdempotencyKeyRepository repository;
    private final Tasks tasks;
    private final JsonMapper json;
    private final TaskProperties properties;
    private final Clock clock;

    IdempotencyKeys(IdempotencyKeyRepository repository, Tasks tasks, JsonMapper json, TaskProperties properties,
            Clock clock) {
        this.repository = repository;
        this.tasks = tasks;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates the task from {@code fields}, already read from {@code body}, unless the key has done so. */
    @Transactional
    Answer create(UUID userId, IdempotencyKey key, JsonNode body, TaskFields fields) {
        var requestHash = hash(body);
        if (claim(userId, key, requestHash)) {
            var created = json.writeValueAsString(tasks.create(userId, fields));
            repository.recordAnswer(userId, key.value(), 201, created);
            return new Answer(201, json.readTree(created), false);
        }
        // The claim left the live row locked for this transaction, so it is still there.
        var stored = repository.find(userId, key.value()).orElseThrow();
        if (!MessageDigest.isEqual(stored.requestHash(), requestHash)) {
            throw ConflictException.unprocessable("This " + IdempotencyKey.HEADER
                    + " was used with another request; send a new key for a new request.");
        }
        return new Answer(stored.responseStatus(), json.readTree(stored.responseBody()), true);
    }

    private boolean claim(UUID userId, IdempotencyKey key, byte[] requestHash) {
        var now = clock.instant();
        try {
            return repository.claim(userId, key.value(), requestHash, now,
                    now.minus(properties.idempotencyKeyRetention()), properties.idempotencyKeyWait());
        } catch (PessimisticLockingFailureException e) {
            throw stillRunning();
        }
    }

    private static ConflictException stillRunning() {
        return ConflictException.conflict("A request with this " + IdempotencyKey.HEADER
                + " is still being processed; send it again later.");
    }

    /** SHA-256 of the body with object members sorted by name, so their order does not make another request. */
    static byte[] hash(JsonNode body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(CANONICAL.writeValueAsBytes(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
