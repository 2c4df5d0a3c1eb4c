package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

import java.sql.Connection;
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
    private final SessionCache cache;
    private final SessionSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    Sessions(UserSessionRepository sessions, SessionCache cache, SessionSettings settings,
             TransactionOperations<Connection> transactions, Clock clock) {
        this.sessions = sessions;
        this.cache = cache;
        this.settings = settings;
        this.transactions = transactions;
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
     * The active user behind a cookie token, if the session is live and the account still active. Answered from
     * this node's cache when it read the session moments ago (ADR 0010), else with one query; the last-seen time
     * is written at most once a minute, and that write also notices a session signed out on another node.
     */
    Optional<CurrentUser> resolve(String token) {
        Instant now = clock.instant();
        String hash = Secrets.sha256(token);
        Optional<SessionCache.Entry> cached = cache.get(hash, now);
        if (cached.isPresent()) {
            return resolveCached(hash, cached.get(), now);
        }
        long generation = cache.generation();
        Optional<SessionUserRow> found = sessions.findWithUser(hash).filter(SessionUserRow::active)
                .filter(s -> isLive(s.lastSeenAt(), s.expiresAt(), now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionUserRow row = found.get();
        Instant lastSeen = row.lastSeenAt();
        if (isTouchDue(lastSeen, now)) {
            sessions.touch(hash, now);
            lastSeen = now;
        }
        CurrentUser user = new CurrentUser(row.userId(), row.email(), row.displayName(), roles(row.roles()),
                Preferences.of(row.language(), row.timeZone()));
        cache.put(hash, new SessionCache.Entry(user, lastSeen, row.expiresAt(), now), generation);
        return Optional.of(user);
    }

    /**
     * The user behind a token when this node's cache can answer without any database work (no last-seen write
     * due); empty means "ask {@link #resolve}", not "signed out".
     */
    Optional<CurrentUser> resolveFromCache(String token) {
        Instant now = clock.instant();
        return cache.get(Secrets.sha256(token), now)
                .filter(e -> isLive(e.lastSeenAt(), e.expiresAt(), now) && !isTouchDue(e.lastSeenAt(), now))
                .map(SessionCache.Entry::user);
    }

    private Optional<CurrentUser> resolveCached(String hash, SessionCache.Entry entry, Instant now) {
        if (!isLive(entry.lastSeenAt(), entry.expiresAt(), now)) {
            return Optional.empty();
        }
        if (isTouchDue(entry.lastSeenAt(), now)) {
            if (sessions.touch(hash, now) == 0) {
                cache.forgetSession(hash);
                return Optional.empty();
            }
            cache.refresh(hash, entry, entry.seen(now));
        }
        return Optional.of(entry.user());
    }

    private boolean isLive(Instant lastSeenAt, Instant expiresAt, Instant now) {
        return expiresAt.isAfter(now) && lastSeenAt.plus(settings.idleTimeout()).isAfter(now);
    }

    private static boolean isTouchDue(Instant lastSeenAt, Instant now) {
        return lastSeenAt.plus(TOUCH_INTERVAL).isBefore(now);
    }

    private static Set<Role> roles(@Nullable String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names != null && !names.isBlank()) {
            for (String role : names.split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        return roles;
    }

    /** Ends the session behind a cookie token; unknown tokens are ignored. */
    @Transactional
    void close(String token) {
        closeHash(Secrets.sha256(token));
    }

    /** Ends the session stored under this hash; unknown hashes are ignored. */
    @Transactional
    void closeHash(String hash) {
        sessions.deleteById(hash);
        forgetNowAndAfterTransaction(() -> cache.forgetSession(hash));
    }

    /** Ends every session of a user, e.g. after a password change or deactivation. */
    @Transactional
    void closeAll(long userId) {
        sessions.deleteAllOfUser(userId);
        forgetNowAndAfterTransaction(() -> cache.forgetUser(userId));
    }

    /** Makes this node read the user's name, roles, active flag, language and time zone afresh on their next request. */
    void userChanged(long userId) {
        forgetNowAndAfterTransaction(() -> cache.forgetUser(userId));
    }

    /**
     * Forgets at once, and again when the surrounding transaction ends: a request that read the old rows before
     * the commit must not keep them in the cache afterwards.
     */
    private void forgetNowAndAfterTransaction(Runnable forget) {
        forget.run();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completion) {
                        forget.run();
                    }
                }));
    }

}
