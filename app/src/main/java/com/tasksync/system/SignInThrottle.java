package com.tasksync.system;

import com.tasksync.system.SignInFailures.Count;
import com.tasksync.system.SignInFailures.Scope;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows password guessing without letting anyone lock a real user out. Two rules, both counted
 * in PostgreSQL so every node applies the same:
 * <ul>
 *   <li>a source address that failed too often in its window gets no more attempts until the
 *       window ends, whatever account it tries;</li>
 *   <li>an account that failed too often, from anywhere, is slowed rather than locked: each
 *       attempt must come a delay after the previous one, the delay doubling with each failure up
 *       to a cap.</li>
 * </ul>
 * A browser holding the account's {@link DeviceCookie} skips both: it signed in to that account
 * before, so neither a guesser behind the same address (an office network, a proxy) nor one
 * aiming at the account can keep its owner out. Its own failures are counted per cookie, and a
 * cookie that failed as often as an account may stops vouching until its window ends: a stolen
 * cookie buys no more guesses than the rules above allow.
 */
@Component
class SignInThrottle {

    private static final int CLEANUP_BATCH = 100;

    private final SignInFailures failures;
    private final SecurityProperties.SignIn settings;
    private final Clock clock;

    SignInThrottle(SignInFailures failures, SecurityProperties properties, Clock clock) {
        this.failures = failures;
        this.settings = properties.signIn();
        this.clock = clock;
    }

    /**
     * Whether an attempt may go on to the password check: from this address, on this account, and
     * from the device whose cookie vouches for the account ({@code deviceCookie}; null without one).
     */
    Admission admit(String address, String email, String deviceCookie) {
        var now = now();
        if (deviceCookie != null && email != null
                && failures.find(Scope.DEVICE, keyOf(deviceCookie)).filter(count -> slowed(count, now)).isEmpty()) {
            return Admission.ALLOWED;
        }
        var byAddress = failures.find(Scope.ADDRESS, SourceAddress.keyOf(address));
        if (byAddress.isPresent() && byAddress.get().live(now)
                && byAddress.get().failures() >= settings.addressMaxFailures()) {
            return Admission.refused(Admission.Reason.ADDRESS, Duration.between(now, byAddress.get().windowEndsAt()));
        }
        if (email == null) {
            return Admission.ALLOWED;
        }
        var key = keyOf(DeviceCookie.normalized(email));
        var byAccount = failures.find(Scope.ACCOUNT, key);
        if (byAccount.isEmpty() || !slowed(byAccount.get(), now)) {
            return Admission.ALLOWED;
        }
        Count count = byAccount.get();
        if (count.nextAttemptAt() != null && count.nextAttemptAt().isAfter(now)) {
            return Admission.refused(Admission.Reason.ACCOUNT, Duration.between(now, count.nextAttemptAt()));
        }
        if (failures.claimTurn(key, count, now.plus(delayAfter(count.failures() + 1)))) {
            return Admission.ALLOWED;
        }
        return Admission.refused(Admission.Reason.ACCOUNT, settings.accountFirstDelay());
    }

    /** Counts a failed password check against its address, its account and the device cookie it came with (null without one). */
    @Transactional
    public void recordFailure(String address, String email, String deviceCookie) {
        var now = now();
        failures.add(Scope.ADDRESS, SourceAddress.keyOf(address), now, now.plus(settings.addressWindow()));
        if (deviceCookie != null) {
            failures.add(Scope.DEVICE, keyOf(deviceCookie), now, now.plus(settings.accountWindow()));
        }
        if (email != null) {
            var key = keyOf(DeviceCookie.normalized(email));
            var count = failures.add(Scope.ACCOUNT, key, now, now.plus(settings.accountWindow()));
            if (count >= settings.accountMaxFailures()) {
                failures.delayNextAttempt(key, now.plus(delayAfter(count)));
            }
        }
        failures.deleteEnded(now, CLEANUP_BATCH);
    }

    /** Now, to the microsecond PostgreSQL keeps, so a time read back compares as it was written. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private boolean slowed(Count count, Instant now) {
        return count.live(now) && count.failures() >= settings.accountMaxFailures();
    }

    /** The gap required after an account's {@code failures}-th failure: doubling from the first delay, capped. */
    Duration delayAfter(int failureCount) {
        var doublings = Math.max(0, failureCount - settings.accountMaxFailures());
        var delay = settings.accountFirstDelay();
        for (int i = 0; i < doublings && delay.compareTo(settings.accountMaxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(settings.accountMaxDelay()) > 0 ? settings.accountMaxDelay() : delay;
    }

    /** A SHA-256 of an account's normalised email or of a device cookie, so neither is stored as given. */
    private static String keyOf(String value) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The answer to an attempt: go on, or wait and why. */
    record Admission(boolean allowed, Reason reason, Duration retryAfter) {

        enum Reason { ADDRESS, ACCOUNT }

        static final Admission ALLOWED = new Admission(true, null, Duration.ZERO);

        static Admission refused(Reason reason, Duration retryAfter) {
            return new Admission(false, reason, retryAfter);
        }

        /** Whole seconds to wait, rounded up, at least one. */
        long retryAfterSeconds() {
            var seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
            return Math.max(1, seconds);
        }
    }
}
