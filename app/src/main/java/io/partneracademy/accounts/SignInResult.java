package io.partneracademy.accounts;

import java.time.Duration;

/** The outcome of a sign-in attempt. */
public sealed interface SignInResult {

    /** Signed in: the token goes into the session cookie. */
    record Success(String sessionToken, CurrentUser user) implements SignInResult {
    }

    /** Wrong email or password (deliberately not saying which). */
    record Invalid() implements SignInResult {
    }

    /** Too many recent failures; try again after the given time. */
    record Throttled(Duration retryAfter) implements SignInResult {
    }
}
