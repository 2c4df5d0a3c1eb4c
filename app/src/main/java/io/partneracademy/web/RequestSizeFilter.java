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

/**
 * Holds each request body to its route's limit before a byte of it is read: {@code partneracademy.web.max-request-size}
 * (10 MB) for every route, more only where an {@link UploadRoute} says so. The server's own limit is raised to
 * the largest upload a route takes, so this filter, not the server, keeps ordinary routes small. A body too large by
 * its Content-Length is answered 413 at once (and {@link TooLargeFilter} closes the connection). A multipart body
 * without a Content-Length is refused with 411 on ordinary routes: multipart parts are the one kind of body the
 * server does not hold to its buffer limit unless the route streams them itself, and browsers' forms always say their
 * length (ADR 0037).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeFilter implements Ordered {

    private final RequestSizeSettings settings;
    private final List<UploadRoute> routes;
    private final ErrorPages errorPages;

    RequestSizeFilter(RequestSizeSettings settings, List<UploadRoute> routes, ErrorPages errorPages) {
        this.settings = settings;
        this.routes = routes;
        this.errorPages = errorPages;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> check(HttpRequest<?> request) {
        UploadRoute upload = routes.stream().filter(r -> r.matches(request)).findFirst().orElse(null);
        long limit = upload == null ? settings.maxRequestSize()
                : upload.maxRequestBytes(request).orElse(settings.maxRequestSize());
        long length = request.getContentLength();
        if (length > limit) {
            return closing(errorPages.render(request, HttpStatus.REQUEST_ENTITY_TOO_LARGE, "error.413.detail",
                    FileSizes.label(limit)));
        }
        if (length < 0 && upload == null && chunked(request) && multipart(request)) {
            return closing(errorPages.render(request, HttpStatus.LENGTH_REQUIRED, "error.411.detail"));
        }
        return null;
    }

    /**
     * The refusal closes the connection: its body is not read, and the client may still be sending it (the later
     * filters, {@link TooLargeFilter} among them, do not see an answer given here).
     */
    private static MutableHttpResponse<?> closing(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        return response;
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
