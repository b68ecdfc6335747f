package com.tasksync.user;

import com.tasksync.system.ApiTokenOwners;
import com.tasksync.system.ConflictException;
import com.tasksync.system.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * Personal API tokens: {@code tsk_} and 32 random bytes in base64url. Only a SHA-256 of a token
 * is stored; a token is random enough that a fast hash is as safe as a slow one, and checking it
 * costs one indexed read instead of bcrypt. A token acts as its user while that user is active.
 */
@Service
public class ApiTokens implements ApiTokenOwners {

    static final String PREFIX = "tsk_";
    static final int MAX_PER_USER = 100;
    private static final int SECRET_BYTES = 32;
    private static final int TOKEN_LENGTH = PREFIX.length() + 43;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository repository;
    private final ApiTokenCache cache;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(ApiTokenRepository repository, ApiTokenCache cache, Clock clock) {
        this.repository = repository;
        this.cache = cache;
        this.clock = clock;
    }

    public IssuedApiToken create(UUID userId, String name) {
        if (repository.countByUser(userId) >= MAX_PER_USER) {
            throw ConflictException.conflict("You have " + MAX_PER_USER + " API tokens; revoke one before making another.");
        }
        var secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        var token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        var stored = new ApiToken(UUID.randomUUID(), userId, name, clock.instant(), null);
        repository.insert(stored, hash(token));
        return new IssuedApiToken(stored.id(), stored.name(), token, stored.createdAt(), null);
    }

    public List<ApiToken> list(UUID userId) {
        return repository.findByUser(userId);
    }

    public void revoke(UUID userId, UUID tokenId) {
        if (!repository.delete(tokenId, userId)) {
            throw new NotFoundException("No such API token");
        }
        cache.forgetAllNowAndAfterCommit();
    }

    /**
     * The active user a presented token belongs to, noting the use at most once a minute. A token
     * found valid before is taken from this node's {@link ApiTokenCache}; others are read.
     */
    @Override
    public Optional<SignedInUser> ownerOf(String token) {
        if (token == null || token.length() != TOKEN_LENGTH || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var hash = hash(token);
        var key = HexFormat.of().formatHex(hash);
        var now = clock.instant();
        var notAfter = now.minus(LAST_USED_PRECISION);
        var kept = cache.find(key);
        if (kept.isPresent()) {
            if (kept.get().lastUsedAt() == null || kept.get().lastUsedAt().isBefore(notAfter)) {
                repository.markUsed(kept.get().tokenId(), now, notAfter);
                cache.restamp(key, kept.get(), now);
            }
            return Optional.of(kept.get().user());
        }
        var generation = cache.generation();
        var holder = repository.findByHash(hash);
        if (holder.isEmpty() || !holder.get().user().active()) {
            return Optional.empty();
        }
        var lastUsed = holder.get().token().lastUsedAt();
        if (lastUsed == null || lastUsed.isBefore(notAfter)) {
            repository.markUsed(holder.get().token().id(), now, notAfter);
            lastUsed = now;
        }
        var user = SignedInUser.of(holder.get().user());
        cache.keep(key, new ApiTokenCache.Entry(holder.get().token().id(), user, lastUsed), generation);
        return Optional.of(user);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
