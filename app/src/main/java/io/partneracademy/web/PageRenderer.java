package io.partneracademy.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Renders a template with the layout model to a complete string, so a template error is a normal exception. */
@Singleton
class PageRenderer {

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;
    private final LayoutModelProcessor layout;

    PageRenderer(ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer, LayoutModelProcessor layout) {
        this.renderer = renderer;
        this.layout = layout;
    }

    String render(HttpRequest<?> request, String view, Map<String, Object> model) {
        ModelAndView<Map<String, Object>> page = new ModelAndView<>(view, new HashMap<>(model));
        layout.process(request, page);
        Writable writable = renderer.render(view, page.getModel().orElse(model), request);
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
