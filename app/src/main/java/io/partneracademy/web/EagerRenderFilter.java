package io.partneracademy.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.io.Writable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Renders pages before the response is sent. Micronaut's views filter renders while writing, so a template
 * error there leaves the browser waiting on a half-sent response; here it becomes a logged 500 page.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class EagerRenderFilter implements Ordered {

    private static final Logger LOG = LoggerFactory.getLogger(EagerRenderFilter.class);

    private final ErrorPages errorPages;

    EagerRenderFilter(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @ResponseFilter
    @SuppressWarnings("unchecked")
    MutableHttpResponse<?> render(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        if (!(body instanceof Writable writable)) {
            return response;
        }
        try {
            StringWriter html = new StringWriter();
            writable.writeTo(html);
            MutableHttpResponse<Object> rendered = ((MutableHttpResponse<Object>) response).body(html.toString());
            if (request.getAttribute(LayoutModelProcessor.FLASH_SHOWN).isPresent()) {
                rendered.cookie(Flash.cleared());
            }
            return rendered;
        } catch (IOException | RuntimeException e) {
            LOG.error("Rendering the page for {} failed", request.getPath(), e);
            return errorPages.render(request, HttpStatus.INTERNAL_SERVER_ERROR, "error.500.detail");
        }
    }

    /** Outside the views filter, so it sees the page the views filter produced. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }
}
