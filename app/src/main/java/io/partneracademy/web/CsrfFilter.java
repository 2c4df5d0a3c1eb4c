package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.filter.FilterContinuation;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;

import java.util.Set;

/**
 * Refuses state-changing requests that do not carry this browser's CSRF token: form posts in the
 * {@code csrfToken} field, scripts in the {@code X-CSRF-TOKEN} header. Runs before the security filter
 * (ADR 0003 says why this is ours and not the library's).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    static final String FIELD = "csrfToken";
    static final String HEADER = "X-CSRF-TOKEN";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final CsrfTokens tokens;
    private final FilterBodyParser bodyParser;
    private final ErrorPages errorPages;

    CsrfFilter(CsrfTokens tokens, FilterBodyParser bodyParser, ErrorPages errorPages) {
        this.tokens = tokens;
        this.bodyParser = bodyParser;
        this.errorPages = errorPages;
    }

    @RequestFilter
    Publisher<MutableHttpResponse<?>> check(HttpRequest<?> request,
                                           FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (SAFE.contains(request.getMethod())) {
            return chain.proceed();
        }
        String header = request.getHeaders().get(HEADER);
        boolean form = request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .orElse(false);
        if (header != null || !form) {
            return verdict(request, header, chain);
        }
        // Continuation style: a filter future that completes later with "proceed" is answered 503 by Micronaut 4.10.
        return Mono.fromFuture(bodyParser.parseBody(request))
                .flatMap(body -> {
                    Object token = body.get(FIELD);
                    return Mono.from(verdict(request, token == null ? null : token.toString(), chain));
                });
    }

    private Publisher<MutableHttpResponse<?>> verdict(HttpRequest<?> request, @Nullable String token,
                                                    FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (tokens.isValid(request, token)) {
            return chain.proceed();
        }
        return Mono.just(errorPages.render(request, HttpStatus.FORBIDDEN, "error.csrf"));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
