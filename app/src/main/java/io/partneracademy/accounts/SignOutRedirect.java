package io.partneracademy.accounts;

import java.util.Optional;

/**
 * Where the browser goes after a sign-out, when the session began somewhere else: a feature that opened it (single
 * sign-on) answers with the provider's logout address, and forgets what it kept about the session.
 */
public interface SignOutRedirect {

    /** Called before the session (stored under this hash) ends; empty when the session is not this feature's. */
    Optional<String> signingOut(String sessionHash);
}
