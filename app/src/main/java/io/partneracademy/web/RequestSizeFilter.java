package io.partneracademy.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.ServerHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import reactor.core.publisher.Flux;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Holds each request body to its route's limit before the route sees a byte of it: {@code
 * partneracademy.web.max-request-size} (10 MB) for every route, more only where an {@link UploadRoute} says so. The
 * server's own limit is raised to the largest upload a route takes, so this filter, not the server, keeps ordinary
 * routes small. A body too large by its Content-Length is answered 413; a multipart body without a Content-Length is
 * refused with 411 on ordinary routes: multipart parts are the one kind of body the server does not hold to its buffer
 * limit unless the route streams them itself, and browsers' forms always say their length (ADR 0037).
 *
 * <p>How the refusal is sent matters as much as the refusal (ADR 0044). A browser sends its whole body before it reads
 * the answer; a server that answers and closes while bytes are still arriving makes the kernel reset the connection,
 * and the reset throws the answer away, so the person sees "connection reset" instead of the page. The filter
 * therefore reads and drops the refused body up to {@code max-discarded-bytes} past the limit and answers only then
 * (nothing is kept in memory). A client that asked {@code Expect: 100-continue} has sent no body yet and gets the
 * answer at once; so does a body far over the limit, which is not worth reading. Every refusal closes the connection.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestSizeFilter implements Ordered {

    private static final CompletableFuture<Optional<MutableHttpResponse<?>>> PASS =
            CompletableFuture.completedFuture(Optional.empty());

    private final RequestSizeSettings settings;
    private final List<UploadRoute> routes;
    private final ErrorPages errorPages;

    RequestSizeFilter(RequestSizeSettings settings, List<UploadRoute> routes, ErrorPages errorPages) {
        this.settings = settings;
        this.routes = routes;
        this.errorPages = errorPages;
    }

    @RequestFilter
    CompletableFuture<Optional<MutableHttpResponse<?>>> check(HttpRequest<?> request) {
        UploadRoute upload = routes.stream().filter(r -> r.matches(request)).findFirst().orElse(null);
        long limit = upload == null ? settings.maxRequestSize()
                : upload.maxRequestBytes(request).orElse(settings.maxRequestSize());
        long length = request.getContentLength();
        if (length > limit) {
            return refuse(request, length, limit, () -> errorPages.render(request,
                    HttpStatus.REQUEST_ENTITY_TOO_LARGE, "error.413.detail", FileSizes.label(limit)));
        }
        if (length < 0 && upload == null && chunked(request) && multipart(request)) {
            return refuse(request, length, limit,
                    () -> errorPages.render(request, HttpStatus.LENGTH_REQUIRED, "error.411.detail"));
        }
        return PASS;
    }

    /**
     * Answers with the refusal once the body has arrived (read and dropped), or at once when the client waits for
     * {@code 100 Continue} or the body is too large to be worth reading.
     */
    private CompletableFuture<Optional<MutableHttpResponse<?>>> refuse(HttpRequest<?> request, long length,
                                                                      long limit,
                                                                      Supplier<MutableHttpResponse<?>> answer) {
        long readUpTo = limit + settings.maxDiscardedBytes();
        if (expectsContinue(request) || length > readUpTo || !(request instanceof ServerHttpRequest<?> server)) {
            return CompletableFuture.completedFuture(Optional.of(closing(answer.get())));
        }
        AtomicLong read = new AtomicLong();
        return Flux.from(server.byteBody().toByteArrayPublisher())
                .takeWhile(bytes -> read.addAndGet(bytes.length) <= readUpTo)
                .onErrorResume(e -> Flux.empty())
                .then()
                .toFuture()
                .thenApply(done -> Optional.<MutableHttpResponse<?>>of(closing(answer.get())));
    }

    private static MutableHttpResponse<?> closing(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.CONNECTION, "close");
        return response;
    }

    private static boolean expectsContinue(HttpRequest<?> request) {
        String expect = request.getHeaders().get(HttpHeaders.EXPECT);
        return expect != null && expect.equalsIgnoreCase("100-continue");
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
