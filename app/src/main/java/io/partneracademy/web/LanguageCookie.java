package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.server.util.locale.HttpAbstractLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolutionConfiguration;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a person picked in the switcher, kept in a cookie for a year and honoured before the browser's
 * {@code Accept-Language} ({@link AcceptLanguageResolver}); a cookie naming a language we do not have is ignored.
 */
@Singleton
class LanguageCookie extends HttpAbstractLocaleResolver {

    static final String COOKIE = "pa_lang";
    /** Runs before the Accept-Language resolver (lower runs first). */
    static final int ORDER = AcceptLanguageResolver.ORDER - 10;

    LanguageCookie(HttpLocaleResolutionConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return request.getCookies().findCookie(COOKIE).flatMap(c -> Language.of(c.getValue())).map(Language::locale);
    }

    static Cookie of(Language language) {
        return Cookie.of(COOKIE, language.tag()).path("/").httpOnly(true).sameSite(SameSite.Lax)
                .maxAge(Duration.ofDays(365));
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
