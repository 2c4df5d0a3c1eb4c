package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.cookie.Cookie;
import io.partneracademy.web.Secrets;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * Opens a session for a person whom someone else has authenticated (their company's identity provider): the same
 * database session and cookie as a password sign-in, so every filter, the CSRF tokens and sign-out work unchanged.
 */
@Singleton
public class VerifiedSignIn {

    private final AppUserRepository users;
    private final Sessions sessions;
    private final SessionCookie cookie;

    VerifiedSignIn(AppUserRepository users, Sessions sessions, SessionCookie cookie) {
        this.users = users;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    /** A session opened for a person: its cookie, and the hash under which the session is stored. */
    public record Opened(Cookie cookie, String sessionHash) {
    }

    /** Ends a session by its hash, when the provider that opened it says the person signed out there. */
    public void end(String sessionHash) {
        sessions.closeHash(sessionHash);
    }

    /** Opens a session for an active account; empty when the account is deactivated (or gone). */
    public Optional<Opened> open(long userId, @Nullable String userAgent) {
        if (users.findById(userId).filter(AppUser::active).isEmpty()) {
            return Optional.empty();
        }
        String token = sessions.open(userId, userAgent);
        return Optional.of(new Opened(cookie.create(token), Secrets.sha256(token)));
    }
}
