package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;

/** Gives every browser a random CSRF seed cookie the first time it asks for anything. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfSeedFilter {

    private static final int SEED_BYTES = 24;

    @RequestFilter
    void assignSeed(HttpRequest<?> request) {
        if (request.getCookies().findCookie(CsrfTokens.SEED_COOKIE).isEmpty()) {
            request.setAttribute(CsrfTokens.SEED_ATTRIBUTE, Secrets.randomToken(SEED_BYTES));
        }
    }

    @ResponseFilter
    void sendSeed(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(CsrfTokens.SEED_ATTRIBUTE, String.class).ifPresent(seed ->
                response.cookie(Cookie.of(CsrfTokens.SEED_COOKIE, seed)
                        .path("/")
                        .httpOnly(true)
                        .sameSite(SameSite.Lax)
                        .secure(request.isSecure())));
    }
}
