package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;

/**
 * Signed double-submit CSRF tokens (ADR 0003): a random per-browser seed cookie, and a form token that is
 * the HMAC of that seed and the current session cookie. A forged form cannot know either.
 */
@Singleton
public class CsrfTokens {

    static final String SEED_COOKIE = "pa_csrf";
    static final String SEED_ATTRIBUTE = "pa.csrf.seed";
    private static final String PURPOSE = "csrf";

    private final Secrets secrets;
    private final String sessionCookieName;

    CsrfTokens(Secrets secrets,
               @io.micronaut.context.annotation.Value("${micronaut.security.token.cookie.cookie-name}")
               String sessionCookieName) {
        this.secrets = secrets;
        this.sessionCookieName = sessionCookieName;
    }

    /** The token a form rendered for this request must send back in its csrfToken field. */
    public String tokenFor(HttpRequest<?> request) {
        String seed = request.getAttribute(SEED_ATTRIBUTE, String.class)
                .or(() -> request.getCookies().findCookie(SEED_COOKIE).map(Cookie::getValue))
                .orElse("");
        String session = request.getCookies().findCookie(sessionCookieName).map(Cookie::getValue).orElse("");
        return secrets.sign(PURPOSE, seed + "|" + session);
    }

    /** True when the token was rendered for this browser and this session. */
    boolean isValid(HttpRequest<?> request, String token) {
        boolean hasSeed = request.getCookies().findCookie(SEED_COOKIE).isPresent();
        return hasSeed && token != null && Secrets.same(tokenFor(request), token);
    }
}
