package io.partneracademy.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpAbstractLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolutionConfiguration;
import io.micronaut.http.server.util.locale.RequestLocaleResolver;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a browser asks for in {@code Accept-Language}, read leniently: a header that is not a valid
 * language list ({@code en_US}, {@code 12345}, forty x's) means "no preference" and the default language, where
 * Micronaut's own resolver throws and turns every page, the error page included, into a 500. Only languages the
 * interface has count: {@code es, de-CH;q=0.8} means German, {@code es} alone means the default.
 */
@Singleton
@Replaces(RequestLocaleResolver.class)
class AcceptLanguageResolver extends HttpAbstractLocaleResolver {

    /** Longer than any real browser's list; a longer header is not parsed at all. */
    private static final int MAX_HEADER = 256;
    static final int ORDER = RequestLocaleResolver.ORDER;

    AcceptLanguageResolver(HttpLocaleResolutionConfiguration configuration) {
        super(configuration);
    }

    @Override
    public Optional<Locale> resolve(HttpRequest<?> request) {
        return ranges(request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE))
                .map(ranges -> ranges.stream().filter(r -> !r.getRange().contains("*")).toList())
                .flatMap(ranges -> Optional.ofNullable(Locale.lookupTag(ranges, Language.tags())))
                .flatMap(Language::of).map(Language::locale);
    }

    /** The header's language ranges, best first; empty when it is missing, too long or not a valid list. */
    static Optional<List<Locale.LanguageRange>> ranges(String header) {
        if (header == null || header.isBlank() || header.length() > MAX_HEADER) {
            return Optional.empty();
        }
        try {
            return Optional.of(Locale.LanguageRange.parse(header));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public int getOrder() {
        return ORDER;
    }
}
