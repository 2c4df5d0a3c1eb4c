package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.csrf.validator.CsrfTokenValidator;
import jakarta.inject.Singleton;

/**
 * Signed double-submit CSRF tokens (ADR 0003): a random per-browser seed cookie, and a form token that is
 * the HMAC of that seed and the current session cookie. A forged form cannot know either.
 */
@Singleton
@io.micronaut.context.annotation.Primary
public class CsrfTokens implements CsrfTokenValidator<HttpRequest<?>> {

    static final String SEED_COOKIE = "pa_csrf";
    static final String SEED_ATTRIBUTE = "pa.csrf.seed";
    private static final String REJECTED_ATTRIBUTE = "pa.csrf.rejected";
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

    @Override
    public boolean validateCsrfToken(HttpRequest<?> request, String token) {
        boolean hasSeed = request.getCookies().findCookie(SEED_COOKIE).isPresent();
        boolean valid = hasSeed && token != null && Secrets.same(tokenFor(request), token);
        if (!valid) {
            request.setAttribute(REJECTED_ATTRIBUTE, Boolean.TRUE);
        }
        return valid;
    }

    static boolean wasRejected(HttpRequest<?> request) {
        return request.getAttribute(REJECTED_ATTRIBUTE, Boolean.class).orElse(false);
    }
}
