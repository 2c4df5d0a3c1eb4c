package io.partneracademy.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;

/**
 * Replaces Micronaut's error body so that framework errors (unknown URL, bad request, 500) look like ours.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
class ProblemResponseProcessor implements ErrorResponseProcessor<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);

    private final ErrorPages errorPages;

    ProblemResponseProcessor(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @Override
    @SuppressWarnings("unchecked")
    public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> base) {
        HttpStatus status = base.getStatus();
        if (status.getCode() >= 500 && context.getRootCause().filter(DatabaseUnavailable::isCause).isPresent()) {
            LOG.warn("Request {} answered 503: database unavailable ({})", context.getRequest().getPath(),
                    context.getRootCause().get().toString());
            return (MutableHttpResponse<Object>) errorPages.render(context.getRequest(),
                    HttpStatus.SERVICE_UNAVAILABLE, "error.503.database")
                    .header("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        }
        if (status.getCode() >= 500) {
            context.getRootCause().ifPresent(e -> LOG.error("Request {} failed", context.getRequest().getPath(), e));
            return (MutableHttpResponse<Object>) errorPages.render(context.getRequest(), status, "error.500.detail");
        }
        if (status == HttpStatus.NOT_FOUND) {
            return (MutableHttpResponse<Object>) errorPages.render(context.getRequest(), status, "error.404.detail");
        }
        List<String> errors = context.getErrors().stream().map(Error::getMessage).toList();
        String detail = errors.isEmpty()
                ? errorPages.message(context.getRequest(), "error.generic.detail")
                : errors.get(0);
        MutableHttpResponse<?> response = errorPages.renderDetail(context.getRequest(), status, detail, errors);
        base.getHeaders().forEach((name, values) -> values.forEach(v -> response.header(name, v)));
        return (MutableHttpResponse<Object>) response;
    }
}
