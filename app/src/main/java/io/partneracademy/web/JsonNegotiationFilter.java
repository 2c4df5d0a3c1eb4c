package io.partneracademy.web;

import io.micronaut.core.io.Writable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.views.ModelAndView;

/**
 * A page (a view, rendered or not) asked for by a client that wants JSON gets 406 with a problem+json body, instead of the
 * page's HTML labelled as JSON; routes that really answer JSON are not touched.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class JsonNegotiationFilter implements Ordered {

    private final ErrorPages errorPages;

    JsonNegotiationFilter(ErrorPages errorPages) {
        this.errorPages = errorPages;
    }

    @ResponseFilter
    MutableHttpResponse<?> refuseHtmlToJsonClients(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        if ((body instanceof ModelAndView<?> || body instanceof Writable) && ErrorPages.wantsJson(request)) {
            return errorPages.render(request, HttpStatus.NOT_ACCEPTABLE, "error.406.detail");
        }
        return response;
    }

    /** Before {@link EagerRenderFilter} turns the rendered view into a string. */
    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.after();
    }
}
