package com.tasksync.user;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tasksync.system.DatabaseNotices;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The API tokens this node has found valid, by the hash of their secret, so that most API calls need
 * no read of PostgreSQL to know who calls. A revoked token, a deactivated user, any change of what a
 * token's principal carries ends every node's copy at once: the database announces them (channel
 * {@value #CHANNEL}, triggers of migration V125) and {@link DatabaseNotices} passes them on. While a
 * node cannot hear those notices it keeps nothing. Copies also end after {@link #LIFETIME}, and
 * at most {@link #MAX_ENTRIES} are kept.
 */
@Component
class ApiTokenCache {

    static final String CHANNEL = "api_token_changed";
    static final Duration LIFETIME = Duration.ofSeconds(30);
    static final int MAX_ENTRIES = 10_000;

    /** A token found valid: its id, its user as a principal, and when its use was last stamped. */
    record Entry(UUID tokenId, SignedInUser user, Instant lastUsedAt) {}

    private final Cache<String, Entry> entries = Caffeine.newBuilder()
            .maximumSize(MAX_ENTRIES).expireAfterWrite(LIFETIME).build();
    /** Moves at every notice, so that a read of the database that a notice overtook is not kept. */
    private final AtomicLong generation = new AtomicLong();
    private final DatabaseNotices notices;

    ApiTokenCache(DatabaseNotices notices) {
        this.notices = notices;
        notices.listen(CHANNEL, this::forgetAll);
    }

    Optional<Entry> find(String hash) {
        return notices.listening() ? Optional.ofNullable(entries.getIfPresent(hash)) : Optional.empty();
    }

    /** Taken before reading a token from the database, and handed to {@link #keep} with what was read. */
    long generation() {
        return generation.get();
    }

    /** Keeps what was read, unless a notice came since {@code generationBeforeRead} or none can be heard now. */
    void keep(String hash, Entry entry, long generationBeforeRead) {
        if (!notices.listening() || generation.get() != generationBeforeRead) {
            return;
        }
        entries.put(hash, entry);
        if (generation.get() != generationBeforeRead) {
            entries.asMap().remove(hash, entry);
        }
    }

    /** Replaces a kept entry by a later stamp of use, if it is still kept. */
    void restamp(String hash, Entry kept, Instant lastUsedAt) {
        entries.asMap().replace(hash, kept, new Entry(kept.tokenId(), kept.user(), lastUsedAt));
    }

    /**
     * Forgets every token now and, inside a transaction, once more when it commits: this node
     * then refuses at once what it just revoked, before its own notice comes back.
     */
    void forgetAllNowAndAfterCommit() {
        forgetAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forgetAll();
                }
            });
        }
    }

    void forgetAll() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }
}
