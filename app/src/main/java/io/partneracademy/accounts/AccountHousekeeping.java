package io.partneracademy.accounts;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes expired sessions and old failed-login records. Idempotent plain deletes, so every node may run it.
 */
@Singleton
class AccountHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(AccountHousekeeping.class);
    private static final Duration KEEP_FAILURES = Duration.ofDays(1);

    private final UserSessionRepository sessions;
    private final LoginFailureRepository failures;
    private final SessionSettings settings;
    private final Clock clock;

    AccountHousekeeping(UserSessionRepository sessions, LoginFailureRepository failures, SessionSettings settings,
                        Clock clock) {
        this.sessions = sessions;
        this.failures = failures;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    @Transactional
    void clean() {
        Instant now = clock.instant();
        sessions.deleteExpired(now, now.minus(settings.idleTimeout()));
        failures.deleteOlderThan(now.minus(KEEP_FAILURES));
        LOG.debug("Expired sessions and old failed logins deleted");
    }
}
