package io.partneracademy.web;

import io.micronaut.context.MessageSource;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.util.LocaleResolver;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;


import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders every error once: an HTML page for browsers, a problem+json body for JSON clients. */
@Singleton
public class ErrorPages {

    static final String VIEW = "errors/error";
    public static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    private final MessageSource messages;
    private final LocaleResolver<HttpRequest<?>> localeResolver;
    private final PageRenderer renderer;

    ErrorPages(MessageSource messages, LocaleResolver<HttpRequest<?>> localeResolver, PageRenderer renderer) {
        this.messages = messages;
        this.localeResolver = localeResolver;
        this.renderer = renderer;
    }

    /** Builds the response for a failure whose explanation is the message with the given key. */
    public MutableHttpResponse<?> render(HttpRequest<?> request, HttpStatus status, String messageKey,
                                         Object... arguments) {
        return renderDetail(request, status, message(request, messageKey, arguments), List.of());
    }

    MutableHttpResponse<?> renderDetail(HttpRequest<?> request, HttpStatus status, String detail,
                                        List<String> errors) {
        Locale locale = localeResolver.resolveOrDefault(request);
        String title = messages.getMessage("error." + status.getCode() + ".title", locale)
                .orElse(status.getReason());
        if (wantsJson(request)) {
            Problem problem = new Problem("about:blank", title, status.getCode(), detail, request.getPath(),
                    errors.isEmpty() ? null : errors);
            return HttpResponse.status(status).contentType(PROBLEM_JSON).body(problem);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("status", status.getCode());
        model.put("title", title);
        model.put("detail", detail);
        model.put("errors", errors);
        return HttpResponse.status(status).contentType(MediaType.TEXT_HTML_TYPE).body(html(request, model));
    }

    /** Rendered here, not by the views filter, which errors raised in filters skip. */
    private String html(HttpRequest<?> request, Map<String, Object> model) {
        try {
            return renderer.render(request, VIEW, model);
        } catch (RuntimeException e) {
            return model.get("title") + ": " + model.get("detail");
        }
    }

    String message(HttpRequest<?> request, String key, Object... arguments) {
        Locale locale = localeResolver.resolveOrDefault(request);
        return messages.getMessage(key, locale, arguments).orElse(key);
    }

    /** True when the client prefers JSON over HTML: anything under /api/, fetch() from our pages, tests. */
    public static boolean wantsJson(@Nullable HttpRequest<?> request) {
        if (request == null) {
            return false;
        }
        if (request.getPath().startsWith("/api/")) {
            return true;
        }
        String accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return request.getContentType().map(t -> t.getSubtype().endsWith("json")).orElse(false);
        }
        return accept.contains("json") && !accept.contains("text/html");
    }
}
