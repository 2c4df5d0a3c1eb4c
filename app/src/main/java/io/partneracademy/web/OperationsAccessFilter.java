package io.partneracademy.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.security.authentication.Authentication;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may read the operations endpoints: {@code /health} tells everyone UP or DOWN, and only admins what is behind
 * it (JDBC URL, database version, disk); {@code /prometheus} answers only a scraper that sends the configured
 * bearer token ({@code PA_METRICS_TOKEN}), and does not exist on the application port without one.
 */
@ServerFilter({"/health", "/health/**", "/prometheus", "/prometheus/**"})
class OperationsAccessFilter implements Ordered {

    private static final String ADMIN = "ADMIN";
    private static final String BEARER = "Bearer ";

    private final byte[] metricsToken;
    private final ErrorPages errorPages;

    OperationsAccessFilter(@Value("${partneracademy.metrics.token:}") String metricsToken, ErrorPages errorPages) {
        this.metricsToken = metricsToken.getBytes(StandardCharsets.UTF_8);
        this.errorPages = errorPages;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> guardMetrics(HttpRequest<?> request) {
        if (!request.getPath().startsWith("/prometheus")) {
            return null;
        }
        if (metricsToken.length == 0) {
            return errorPages.render(request, HttpStatus.NOT_FOUND, "error.404.detail");
        }
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        byte[] sent = authorization != null && authorization.startsWith(BEARER)
                ? authorization.substring(BEARER.length()).getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(sent, metricsToken)) {
            return errorPages.render(request, HttpStatus.UNAUTHORIZED, "error.401.detail")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return null;
    }

    @ResponseFilter
    void hideHealthDetails(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getBody().orElse(null) instanceof HealthResult health && !isAdmin(request)) {
            response.body(HealthResult.builder(health.getName(), health.getStatus()).build());
        }
    }

    private static boolean isAdmin(HttpRequest<?> request) {
        return request.getUserPrincipal(Authentication.class).map(a -> a.getRoles().contains(ADMIN)).orElse(false);
    }

    /** Before the security filter, so a scraper needs no session. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}
