package io.partneracademy.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpAbstractLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolutionConfiguration;
import jakarta.inject.Singleton;

import java.util.Locale;
import java.util.Optional;

/**
 * The language a signed-in person chose in their profile, honoured before the switcher's cookie
 * ({@link LanguageCookie}) and the browser's {@code Accept-Language}: the same person gets the same language on
 * every device.
 */
@Singleton
class ProfileLanguageResolver extends HttpAbstractLocaleResolver {

    /** Runs before the cookie resolver (lower runs first). */
    static final int ORDER = LanguageCookie.ORDER - 10;

    ProfileLanguageResolver(HttpLocaleResolutionConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return PersonalSettings.language(request).map(Language::locale);
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
