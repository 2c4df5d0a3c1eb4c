package io.partneracademy.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;
import java.util.OptionalLong;

/**
 * Holds each request body to its route's limit before a byte of it is read: {@code partneracademy.web.max-request-size}
 * (10 MB) for every route, more only where a {@link LargeUploadRoute} says so. The server's own limit is raised to
 * the largest upload a route takes, so this filter, not the server, keeps ordinary routes small. A body too large by
 * its Content-Length is answered 413 at once (and {@link TooLargeFilter} closes the connection). A multipart body
 * without a Content-Length is refused with 411 on ordinary routes: multipart parts are the one kind of body the
 * server does not hold to its buffer limit, and the browsers' forms always say their length (ADR 0037).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeFilter implements Ordered {

    private final RequestSizeSettings settings;
    private final List<LargeUploadRoute> routes;
    private final ErrorPages errorPages;

    RequestSizeFilter(RequestSizeSettings settings, List<LargeUploadRoute> routes, ErrorPages errorPages) {
        this.settings = settings;
        this.routes = routes;
        this.errorPages = errorPages;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request) {
        OptionalLong large = largeLimit(request);
        long limit = large.orElse(settings.maxRequestSize());
        long length = request.getContentLength();
        if (length > limit) {
            return errorPages.render(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "error.413.detail",
                    FileSizes.label(limit));
        }
        if (length < 0 && large.isEmpty() && chunked(request) && multipart(request)) {
            return errorPages.render(request, HttpStatus.LENGTH_REQUIRED, "error.411.detail");
        }
        return null;
    }

    private OptionalLong largeLimit(HttpRequest<?> request) {
        for (LargeUploadRoute route : routes) {
            OptionalLong limit = route.maxRequestBytes(request);
            if (limit.isPresent()) {
                return limit;
            }
        }
        return OptionalLong.empty();
    }

    private static boolean chunked(HttpRequest<?> request) {
        String encoding = request.getHeaders().get(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && !encoding.isBlank();
    }

    private static boolean multipart(HttpRequest<?> request) {
        return request.getContentType().map(t -> t.matches(MediaType.MULTIPART_FORM_DATA_TYPE)).orElse(false);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }
}
