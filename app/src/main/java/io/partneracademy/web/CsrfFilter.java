package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.filter.FilterContinuation;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.filter.FilterBodyParser;

import java.util.Set;

/**
 * Refuses state-changing requests that do not carry this browser's CSRF token: form posts in the
 * {@code csrfToken} field, scripts in the {@code X-CSRF-TOKEN} header; file uploads posted without scripts must be
 * same-origin by the browser's {@code Sec-Fetch-Site} or {@code Origin}. Runs before the security filter
 * (ADR 0003 says why this is ours and not the library's).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements Ordered {

    static final String FIELD = "csrfToken";
    static final String HEADER = "X-CSRF-TOKEN";
    private static final String API_PREFIX = "/api/";
    /**
     * Posted by an identity provider's server, never by a browser: the signed logout token in the body is the only
     * credential it carries, and the route ignores cookies (OpenID Connect Back-Channel Logout 1.0).
     */
    private static final Set<String> SERVER_TO_SERVER = Set.of("/sso/backchannel-logout");
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
        if (SAFE.contains(request.getMethod()) || isApiCall(request) || SERVER_TO_SERVER.contains(request.getPath())) {
            return chain.proceed();
        }
        String header = request.getHeaders().get(HEADER);
        boolean form = request.getContentType().map(t -> t.matches(MediaType.APPLICATION_FORM_URLENCODED_TYPE))
                .orElse(false);
        boolean multipart = request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE))
                .orElse(false);
        if (header == null && multipart) {
            // An upload form posted without scripts: its token is in a body we must not buffer (ADR 0005), so the
            // browser's own word that the form came from this site decides (ADR 0013).
            return SameOrigin.test(request) ? chain.proceed() : refuseAfterReading(request);
        }
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

    /**
     * An API call carries its bearer token in a header no other site can make a browser send, and the API never
     * accepts the session cookie, so there is no ambient credential to forge a request with.
     */
    private static boolean isApiCall(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(io.micronaut.http.HttpHeaders.AUTHORIZATION);
        return request.getPath().startsWith(API_PREFIX) && authorization != null && authorization.startsWith("Bearer ");
    }

    private Publisher<MutableHttpResponse<?>> verdict(HttpRequest<?> request, @Nullable String token,
                                                    FilterContinuation<Publisher<MutableHttpResponse<?>>> chain) {
        if (tokens.isValid(request, token)) {
            return chain.proceed();
        }
        return Mono.just(errorPages.render(request, HttpStatus.FORBIDDEN, "error.csrf"));
    }

    /**
     * The refusal, once the upload's bytes have been read and dropped (bounded by the server's request limit):
     * answering while the browser is still sending makes it show a reset connection instead of the message.
     */
    private Publisher<MutableHttpResponse<?>> refuseAfterReading(HttpRequest<?> request) {
        Mono<MutableHttpResponse<?>> refusal = Mono.fromSupplier(
                () -> errorPages.render(request, HttpStatus.FORBIDDEN, "error.csrf"));
        if (request instanceof ServerHttpRequest<?> server) {
            return Flux.from(server.byteBody().move().toByteArrayPublisher()).then(refusal);
        }
        return refusal;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
