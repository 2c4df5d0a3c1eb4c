package io.partneracademy.accounts;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Refuses sign-in for an account (or from an address) after repeated failures within a window.
 * Counts live in MySQL so every app node and a restart see the same numbers.
 */
@Singleton
class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;

    private final LoginFailureRepository failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(LoginFailureRepository failures, Clock clock,
                  @Value("${partneracademy.login.max-failures:5}") int maxFailures,
                  @Value("${partneracademy.login.failure-window:15m}") Duration window) {
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** When throttled, how long until the next attempt is allowed. */
    Optional<Duration> retryAfter(String email, String remoteAddress) {
        Instant now = clock.instant();
        Instant since = now.minus(window);
        boolean accountLocked = failures.countByEmailAndFailedAtGreaterThan(email, since) >= maxFailures;
        boolean addressLocked = failures.countByRemoteAddressAndFailedAtGreaterThan(remoteAddress, since)
                >= (long) maxFailures * ADDRESS_FACTOR;
        if (!accountLocked && !addressLocked) {
            return Optional.empty();
        }
        Instant oldest = failures.findOldestSince(email, since).orElse(now);
        Duration wait = Duration.between(now, oldest.plus(window));
        return Optional.of(wait.isNegative() ? window : wait);
    }

    void recordFailure(String email, String remoteAddress) {
        failures.save(new LoginFailure(null, email, remoteAddress, clock.instant()));
    }

    void recordSuccess(String email) {
        failures.deleteByEmail(email);
    }
}
