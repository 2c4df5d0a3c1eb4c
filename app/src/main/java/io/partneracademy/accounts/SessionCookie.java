package io.partneracademy.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Writes, reads and clears the session cookie. */
@Singleton
class SessionCookie {

    private final String name;
    private final boolean secure;
    private final SessionSettings settings;

    SessionCookie(@Value("${micronaut.security.token.cookie.cookie-name}") String name,
                  @Value("${micronaut.security.token.cookie.cookie-secure:false}") boolean secure,
                  SessionSettings settings) {
        this.name = name;
        this.secure = secure;
        this.settings = settings;
    }

    Cookie create(String token) {
        return Cookie.of(name, token).path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure)
                .maxAge(settings.absoluteTimeout());
    }

    Cookie clear() {
        return Cookie.of(name, "").path("/").httpOnly(true).sameSite(SameSite.Lax).secure(secure).maxAge(0);
    }

    Optional<String> read(HttpRequest<?> request) {
        return request.getCookies().findCookie(name).map(Cookie::getValue).filter(v -> !v.isBlank());
    }
}
