package io.partneracademy.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Drops an {@code Accept-Language} header that is not a valid language list before anything reads it: Micronaut
 * parses it while binding a controller's arguments and throws on input such as {@code ",,;"}. Without the header
 * the page comes in the default language, as for a browser that states no preference.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class AcceptLanguageFilter implements Ordered {

    @RequestFilter
    void dropMalformed(MutableHttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
        if (header != null && AcceptLanguageResolver.ranges(header).isEmpty()) {
            request.getHeaders().remove(HttpHeaders.ACCEPT_LANGUAGE);
        }
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }
}
