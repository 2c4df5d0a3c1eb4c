package io.partneracademy.accounts;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Checks credentials, applies throttling and opens or closes sessions. */
@Singleton
public class SignIn {

    private static final Logger LOG = LoggerFactory.getLogger(SignIn.class);

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

    /** Signs a person in with email and password, unless they are throttled. */
    @Transactional
    public SignInResult signIn(String email, String password, String remoteAddress, @Nullable String userAgent) {
        String normalized = normalize(email);
        Optional<Duration> wait = throttle.retryAfter(normalized, remoteAddress);
        if (wait.isPresent()) {
            LOG.warn("Sign-in for {} from {} throttled", normalized, remoteAddress);
            return new SignInResult.Throttled(wait.get());
        }
        Optional<AppUser> user = users.findByEmail(normalized).filter(AppUser::active)
                .filter(u -> u.passwordHash() != null);
        if (user.isEmpty()) {
            hasher.burnTime(password);
            throttle.recordFailure(normalized, remoteAddress);
            return new SignInResult.Invalid();
        }
        if (!hasher.matches(password, user.get().passwordHash())) {
            throttle.recordFailure(normalized, remoteAddress);
            return new SignInResult.Invalid();
        }
        throttle.recordSuccess(normalized);
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
