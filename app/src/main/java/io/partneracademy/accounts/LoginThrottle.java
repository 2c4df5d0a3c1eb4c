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
 *
 * <p>Every attempt is written (and committed) as a failure <em>before</em> it is counted and before the password
 * is looked at; a correct password removes the records afterwards. Counting after one's own committed row makes
 * count-and-check atomic without a lock: the n-th attempt to commit sees at least n rows, so however many arrive
 * at once, at most {@code max-failures} of them are let through to the password check. A throttled attempt takes
 * its row back, so hammering a locked account does not keep it locked forever.
 */
@Singleton
class LoginThrottle {

    private static final int ADDRESS_FACTOR = 4;
    /** The columns' sizes (V006): what is stored is cut to fit, never refused by the database. */
    static final int MAX_EMAIL = 254;
    private static final int MAX_ADDRESS = 64;

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

    /** An attempt let through to the password check, recorded as a failure until {@link #succeeded} says not. */
    record Ticket(long failureId, String email) {
    }

    /**
     * Records the attempt, then either lets it through (a ticket) or says how long to wait. Runs outside any
     * transaction on purpose: the record must be committed before the count, or parallel attempts would not
     * see each other.
     */
    Admission admit(String email, String remoteAddress) {
        Instant now = clock.instant();
        String storedEmail = bounded(email, MAX_EMAIL);
        String storedAddress = bounded(remoteAddress, MAX_ADDRESS);
        LoginFailure own = failures.save(new LoginFailure(null, storedEmail, storedAddress, now));
        Instant since = now.minus(window);
        boolean accountLocked = failures.countByEmailAndFailedAtGreaterThan(storedEmail, since) > maxFailures;
        boolean addressLocked = failures.countByRemoteAddressAndFailedAtGreaterThan(storedAddress, since)
                > (long) maxFailures * ADDRESS_FACTOR;
        if (!accountLocked && !addressLocked) {
            return new Admission(Optional.of(new Ticket(own.id(), storedEmail)), Duration.ZERO);
        }
        failures.deleteById(own.id());
        Instant oldest = failures.findOldestSince(storedEmail, since).orElse(now);
        Duration wait = Duration.between(now, oldest.plus(window));
        return new Admission(Optional.empty(), wait.isNegative() || wait.isZero() ? window : wait);
    }

    /** The outcome of {@link #admit}: a ticket to check the password, or how long to wait. */
    record Admission(Optional<Ticket> ticket, Duration retryAfter) {
    }

    /** The password was right: the account's failures are forgotten. */
    void succeeded(Ticket ticket) {
        failures.deleteByEmail(ticket.email());
    }

    /** Cuts a value to at most {@code max} characters (code points, as MySQL counts them). */
    static String bounded(String value, int max) {
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max));
    }
}
