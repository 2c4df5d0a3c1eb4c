package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Opens, resolves and closes database-backed sign-in sessions. */
@Singleton
class Sessions {

    private static final int TOKEN_BYTES = 32;
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private final UserSessionRepository sessions;
    private final SessionSettings settings;
    private final Clock clock;

    Sessions(UserSessionRepository sessions, SessionSettings settings, Clock clock) {
        this.sessions = sessions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a session for the user and returns the token for the cookie. */
    @Transactional
    String open(long userId, @Nullable String userAgent) {
        Instant now = clock.instant();
        String token = Secrets.randomToken(TOKEN_BYTES);
        String agent = userAgent == null ? null : userAgent.substring(0, Math.min(255, userAgent.length()));
        sessions.save(new UserSession(Secrets.sha256(token), userId, now, now,
                now.plus(settings.absoluteTimeout()), agent));
        return token;
    }

    /**
     * The active user behind a cookie token, if the session is live and the account still active. One query on
     * every request; the last-seen time is written at most once a minute.
     */
    Optional<CurrentUser> resolve(String token) {
        Instant now = clock.instant();
        String hash = Secrets.sha256(token);
        Optional<SessionUserRow> found = sessions.findWithUser(hash)
                .filter(s -> s.expiresAt().isAfter(now))
                .filter(s -> s.lastSeenAt().plus(settings.idleTimeout()).isAfter(now))
                .filter(SessionUserRow::active);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionUserRow row = found.get();
        if (row.lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            sessions.touch(hash, now);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (row.roles() != null && !row.roles().isBlank()) {
            for (String role : row.roles().split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        return Optional.of(new CurrentUser(row.userId(), row.email(), row.displayName(), roles));
    }

    /** Ends the session behind a cookie token; unknown tokens are ignored. */
    @Transactional
    void close(String token) {
        sessions.deleteById(Secrets.sha256(token));
    }

    /** Ends every session of a user, e.g. after a password change or deactivation. */
    @Transactional
    void closeAll(long userId) {
        sessions.deleteAllOfUser(userId);
    }

}
