package io.partneracademy.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.partneracademy.web.ErrorPages;

import java.time.Duration;
import java.util.Optional;

/**
 * Authenticates every {@code /api/v1} request by its bearer token (never by the session cookie, so a page cannot
 * be tricked into calling the API with a visitor's session), applies the token's rate limit, and hands the
 * {@link ApiClient} to the controller. Refusals are problem+json: 401 with {@code WWW-Authenticate}, 429 with
 * {@code Retry-After}.
 */
@ServerFilter(ApiPaths.V1 + "/**")
class ApiTokenFilter implements Ordered {

    static final String ATTRIBUTE = "pa.api.client";
    private static final String BEARER = "Bearer ";

    private final ApiTokens tokens;
    private final ApiRateLimit rateLimit;
    private final ErrorPages errorPages;

    ApiTokenFilter(ApiTokens tokens, ApiRateLimit rateLimit, ErrorPages errorPages) {
        this.tokens = tokens;
        this.rateLimit = rateLimit;
        this.errorPages = errorPages;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    MutableHttpResponse<?> authenticate(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        Optional<ApiClient> client = header != null && header.startsWith(BEARER)
                ? tokens.authenticate(header.substring(BEARER.length()).strip())
                : Optional.empty();
        if (client.isEmpty()) {
            return errorPages.render(request, HttpStatus.UNAUTHORIZED, "api.token-invalid")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\"");
        }
        Duration wait = rateLimit.acquire(client.get().tokenId());
        if (!wait.isZero()) {
            return errorPages.render(request, HttpStatus.TOO_MANY_REQUESTS, "api.rate-limited")
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()));
        }
        request.setAttribute(ATTRIBUTE, client.get());
        return null;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
