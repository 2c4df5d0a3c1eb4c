package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Checks credentials, applies throttling and opens or closes sessions. */
@Singleton
public class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);
    /** Far above any password a person types; longer ones are refused before hashing costs time. */
    private static final int MAX_PASSWORD = 1024;

    private final AppUserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Sessions sessions;

    SignIn(AppUserRepository users, PasswordHasher hasher, LoginThrottle throttle, Sessions sessions) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /**
     * Signs a person in with email and password, unless they are throttled. Not one transaction: the attempt is
     * recorded and committed first (see {@link LoginThrottle}), so that even a request that fails later counts.
     */
    public SignInResult signIn(String email, String password, String remoteAddress, @Nullable String userAgent) {
        String normalized = normalize(email);
        LoginThrottle.Admission admission = throttle.admit(normalized, remoteAddress);
        if (admission.ticket().isEmpty()) {
            LOG.warn("Sign-in for {} from {} throttled", LoginThrottle.bounded(normalized, 80), remoteAddress);
            return new SignInResult.Throttled(admission.retryAfter());
        }
        if (normalized.length() > LoginThrottle.MAX_EMAIL || password.length() > MAX_PASSWORD) {
            return new SignInResult.Invalid();
        }
        Optional<AppUser> user = users.findByEmail(normalized).filter(AppUser::active)
                .filter(u -> u.passwordHash() != null);
        if (user.isEmpty()) {
            hasher.burnTime(password);
            return new SignInResult.Invalid();
        }
        if (!hasher.matches(password, user.get().passwordHash())) {
            return new SignInResult.Invalid();
        }
        throttle.succeeded(admission.ticket().get());
        String token = sessions.open(user.get().id(), userAgent);
        CurrentUser current = sessions.resolve(token).orElseThrow();
        return new SignInResult.Success(token, current);
    }

    /** Ends the session behind the cookie token. */
    public void signOut(String sessionToken) {
        sessions.close(sessionToken);
    }

    static String normalize(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }
}
